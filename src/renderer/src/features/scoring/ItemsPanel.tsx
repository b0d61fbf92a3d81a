import { useId } from 'react'
import type { CriteriaPlan } from '@core/scoring/plan'
import { formatExact } from '@core/scoring/points'
import { EvidenceEditor } from './EvidenceEditor'
import { blankItem, type ItemForm, type SheetForm } from './sheet-form'

interface Props {
  form: SheetForm
  plan: CriteriaPlan
  update(change: (form: SheetForm) => SheetForm): void
  error(field: string): string
  can: { self: boolean; review: boolean; explanation: boolean }
}

/**
 * "Điểm cộng, điểm trừ": each item its own row — what earned or cost the points, under which
 * criterion, who proposed it, the points claimed and as reviewed, the reason for a change and
 * the unit's explanation, with its evidence. The unit's own items follow its sheet; the cluster
 * adds its own during the review.
 */
export function ItemsPanel({ form, plan, update, error, can }: Props) {
  const setItem = (i: number, patch: Partial<ItemForm>) =>
    update((f) => ({ ...f, items: f.items.map((x, k) => (k === i ? { ...x, ...patch } : x)) }))
  const add = (kind: 'bonus' | 'penalty') =>
    update((f) => ({
      ...f,
      items: [
        ...f.items,
        { ...blankItem(kind, can.self ? 'unit' : 'cluster'), criterionId: defaultCriterion(kind) }
      ]
    }))
  const defaultCriterion = (kind: 'bonus' | 'penalty') =>
    (kind === 'bonus' ? plan.bonus : plan.penalty)[0]?.id ?? ''
  return (
    <section className="panel" aria-labelledby="items-title">
      <h3 id="items-title">Điểm cộng, điểm trừ</h3>
      {form.items.length === 0 ? <p className="muted">Chưa có mục điểm cộng, điểm trừ.</p> : null}
      {form.items.map((item, i) => (
        <Item
          key={i}
          index={i}
          item={item}
          plan={plan}
          set={(patch) => setItem(i, patch)}
          remove={() => update((f) => ({ ...f, items: f.items.filter((_, k) => k !== i) }))}
          error={error}
          can={can}
        />
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="button small"
          disabled={!can.self && !can.review}
          onClick={() => add('bonus')}
        >
          Thêm điểm cộng
        </button>
        <button
          type="button"
          className="button small"
          disabled={!can.self && !can.review}
          onClick={() => add('penalty')}
        >
          Thêm điểm trừ
        </button>
      </div>
    </section>
  )
}

function Item({
  index,
  item,
  plan,
  set,
  remove,
  error,
  can
}: {
  index: number
  item: ItemForm
  plan: CriteriaPlan
  set(patch: Partial<ItemForm>): void
  remove(): void
  error(field: string): string
  can: Props['can']
}) {
  const id = useId()
  const word = item.kind === 'bonus' ? 'Điểm cộng' : 'Điểm trừ'
  const name = `${word} ${index + 1}`
  // The unit's own claim is its to change until the review; the cluster's items are the review's.
  const own = item.proposedBy === 'unit' ? can.self : can.review
  const rows = item.kind === 'bonus' ? plan.bonus : plan.penalty
  const at = (f: string) => `adjustments.${index}.${f}`
  const field = (key: 'selfPoints' | 'reviewedPoints', label: string, enabled: boolean) => (
    <div className={`field${error(at(key)) ? ' has-error' : ''}`}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        inputMode="decimal"
        className="short"
        disabled={!enabled}
        aria-invalid={error(at(key)) ? true : undefined}
        value={item[key]}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      {error(at(key)) ? <p className="field-error">{error(at(key))}</p> : null}
    </div>
  )
  return (
    <div className="criterion-card">
      <div className="criterion-body">
        <div className="field">
          <label htmlFor={`${id}-criterion`}>{name}: thuộc tiêu chí</label>
          <select
            id={`${id}-criterion`}
            disabled={!own}
            value={item.criterionId}
            onChange={(e) => set({ criterionId: e.target.value })}
          >
            {rows.map((r) => (
              <option key={r.id} value={r.id}>
                {r.fullLabel} — {r.text.slice(0, 60)}
                {r.max !== null ? ` (tối đa ${formatExact(r.max)})` : ''}
              </option>
            ))}
            <option value="">Khác (ngoài các tiêu chí)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-by`}>Bên đề nghị</label>
          <select
            id={`${id}-by`}
            disabled={!(can.self && can.review) || item.id !== ''}
            value={item.proposedBy}
            onChange={(e) => set({ proposedBy: e.target.value as ItemForm['proposedBy'] })}
          >
            <option value="unit">Đơn vị tự đề nghị</option>
            <option value="cluster">Cụm đề nghị khi chấm</option>
          </select>
        </div>
        <div className={`field wide${error(at('reason')) ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-reason`}>{name}: nội dung</label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            disabled={!own}
            aria-invalid={error(at('reason')) ? true : undefined}
            value={item.reason}
            onChange={(e) => set({ reason: e.target.value })}
          />
          {error(at('reason')) ? <p className="field-error">{error(at('reason'))}</p> : null}
        </div>
        {item.proposedBy === 'unit'
          ? field('selfPoints', `${name}: điểm đơn vị đề nghị`, can.self)
          : null}
        {field('reviewedPoints', `${name}: điểm cụm chấm`, can.review)}
        {item.proposedBy === 'unit' ? (
          <div className={`field wide${error(at('diffReason')) ? ' has-error' : ''}`}>
            <label htmlFor={`${id}-diff`}>{name}: lý do chênh lệch</label>
            <textarea
              id={`${id}-diff`}
              rows={2}
              disabled={!can.review}
              aria-invalid={error(at('diffReason')) ? true : undefined}
              value={item.diffReason}
              onChange={(e) => set({ diffReason: e.target.value })}
            />
            {error(at('diffReason')) ? (
              <p className="field-error">{error(at('diffReason'))}</p>
            ) : null}
          </div>
        ) : null}
        <div className="field wide">
          <label htmlFor={`${id}-explanation`}>{name}: ý kiến giải trình của đơn vị</label>
          <textarea
            id={`${id}-explanation`}
            rows={2}
            disabled={!can.explanation}
            value={item.explanation}
            onChange={(e) => set({ explanation: e.target.value })}
          />
        </div>
        <EvidenceEditor
          owner={name}
          list={item.evidence}
          disabled={!own}
          onChange={(evidence) => set({ evidence })}
        />
        <div className="form-actions wide">
          <button type="button" className="button small danger" disabled={!own} onClick={remove}>
            Xóa {name.toLocaleLowerCase('vi')}
          </button>
        </div>
      </div>
    </div>
  )
}
