import type { TieBreakKey } from '@core/scoring/model'
import { TIE_BREAK_LABELS, type RulesForm } from './rules-form'

interface Props {
  form: RulesForm
  update(patch: Partial<RulesForm>): void
}

/** "Xếp loại": each band's label and lower bound as a percentage of the declared maximum. */
export function BandsEditor({ form, update, error }: Props & { error(field: string): string }) {
  const setBand = (i: number, patch: Partial<RulesForm['bands'][number]>) =>
    update({ bands: form.bands.map((b, k) => (k === i ? { ...b, ...patch } : b)) })
  return (
    <fieldset className="plain bands">
      <legend>Xếp loại theo tỷ lệ điểm đạt được so với tổng điểm chuẩn</legend>
      {form.bands.length === 0 ? <p className="muted">Chưa có mức xếp loại.</p> : null}
      {form.bands.map((band, i) => (
        <div className="band-row" key={i}>
          <input
            aria-label={`Mức ${i + 1}: tên`}
            value={band.label}
            aria-invalid={error(`bands.${i}.label`) ? true : undefined}
            onChange={(e) => setBand(i, { label: e.target.value })}
          />
          <span>từ</span>
          <input
            aria-label={`Mức ${i + 1}: từ bao nhiêu phần trăm`}
            className="short"
            inputMode="decimal"
            value={band.percent}
            aria-invalid={error(`bands.${i}.minPercent`) ? true : undefined}
            onChange={(e) => setBand(i, { percent: e.target.value })}
          />
          <span>% trở lên</span>
          <button
            type="button"
            className="button small danger"
            aria-label={`Xóa mức ${i + 1}`}
            onClick={() => update({ bands: form.bands.filter((_, k) => k !== i) })}
          >
            Xóa
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => update({ bands: [...form.bands, { label: '', percent: '' }] })}
      >
        Thêm mức xếp loại
      </button>
    </fieldset>
  )
}

const KEYS = Object.keys(TIE_BREAK_LABELS) as TieBreakKey[]

/**
 * The optional tie-break chain: off by default, so equal totals share a rank (đồng hạng). When
 * the Quy chế names criteria to separate them, they are chosen here in their order.
 */
export function TieBreakEditor({ form, update }: Props) {
  const chosen = form.tieBreak
  const move = (i: number, by: number) => {
    const next = [...chosen]
    const [key] = next.splice(i, 1)
    next.splice(Math.max(0, Math.min(next.length, i + by)), 0, key!)
    update({ tieBreak: next })
  }
  return (
    <fieldset className="plain tie-break">
      <legend>Khi bằng tổng điểm</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={form.tieBreakOn}
          onChange={(e) => update({ tieBreakOn: e.target.checked })}
        />{' '}
        Phân định thứ hạng bằng tiêu chí phụ (chỉ khi Quy chế quy định; mặc định các đơn vị bằng
        điểm được xếp đồng hạng)
      </label>
      {form.tieBreakOn ? (
        <ol className="order-list">
          {chosen.map((key, i) => (
            <li key={key}>
              {TIE_BREAK_LABELS[key]}{' '}
              <button
                type="button"
                className="button small"
                aria-label={`Đưa «${TIE_BREAK_LABELS[key]}» lên`}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button small danger"
                aria-label={`Bỏ «${TIE_BREAK_LABELS[key]}»`}
                onClick={() => update({ tieBreak: chosen.filter((k) => k !== key) })}
              >
                Bỏ
              </button>
            </li>
          ))}
          {KEYS.filter((k) => !chosen.includes(k)).map((key) => (
            <li key={key} className="muted">
              <button
                type="button"
                className="button small"
                onClick={() => update({ tieBreak: [...chosen, key] })}
              >
                Thêm: {TIE_BREAK_LABELS[key]}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </fieldset>
  )
}
