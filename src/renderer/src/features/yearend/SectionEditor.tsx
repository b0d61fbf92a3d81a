import { SECTION_KIND_LABELS } from '@core/ballot/words'
import type { AwardType } from '@core/awards/model'
import type { RankingRow } from '@core/scoring/model'
import type { SectionForm } from './ballot-form'

interface Props {
  index: number
  section: SectionForm
  members: string[]
  ranking: RankingRow[]
  catalogue: AwardType[]
  flagged: Record<string, string>
  unitName(id: string): string
  disabled: boolean
  onChange(next: SectionForm): void
  onRemove(): void
}

const AWARD_KINDS = new Set(['leading-unit', 'flag', 'merit'])

/** One section of the paper: its heading, most choices, award proposed and candidate units. */
export function SectionEditor(p: Props) {
  const { section: s, index: i } = p
  const id = (name: string) => `section-${i}-${name}`
  const rankOf = (unitId: string) => p.ranking.find((r) => r.unitId === unitId)
  const toggle = (unitId: string, on: boolean) =>
    p.onChange({
      ...s,
      unitIds: on
        ? p.members.filter((m) => m === unitId || s.unitIds.includes(m))
        : s.unitIds.filter((u) => u !== unitId)
    })
  return (
    <fieldset className="plain section-editor" disabled={p.disabled}>
      <legend>
        Mục {i + 1}: {SECTION_KIND_LABELS[s.kind]}
      </legend>
      <div className="rules-grid">
        <div className="field wide">
          <label htmlFor={id('title')}>Tên mục trên phiếu</label>
          <input
            id={id('title')}
            value={s.title}
            onChange={(e) => p.onChange({ ...s, title: e.target.value })}
          />
        </div>
        <div className="field narrow">
          <label htmlFor={id('max')}>Chọn tối đa (đơn vị)</label>
          <input
            id={id('max')}
            inputMode="numeric"
            value={s.maxChoices}
            onChange={(e) => p.onChange({ ...s, maxChoices: e.target.value })}
          />
        </div>
        {AWARD_KINDS.has(s.kind) ? (
          <div className="field">
            <label htmlFor={id('award')}>Hình thức đề nghị</label>
            <select
              id={id('award')}
              value={s.awardTypeId}
              onChange={(e) => p.onChange({ ...s, awardTypeId: e.target.value })}
            >
              <option value="">(không đề nghị khen thưởng)</option>
              {p.catalogue.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <ul className="candidate-list plain-list" aria-label={`Đơn vị trên phiếu, mục ${i + 1}`}>
        {p.members.map((unitId) => {
          const r = rankOf(unitId)
          return (
            <li key={unitId}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={s.unitIds.includes(unitId)}
                  onChange={(e) => toggle(unitId, e.target.checked)}
                />{' '}
                {p.unitName(unitId)}
                {r ? ` (xếp thứ ${r.rank}${r.tied ? ', đồng hạng' : ''})` : ''}
                {AWARD_KINDS.has(s.kind) && p.flagged[unitId] !== undefined ? (
                  <strong className="warning-text"> — đang có vướng mắc</strong>
                ) : null}
              </label>
            </li>
          )
        })}
      </ul>
      <button type="button" className="button" onClick={p.onRemove}>
        Bỏ mục này
      </button>
    </fieldset>
  )
}
