import type { Ballot, Mark } from '@core/ballot/model'
import { MARK_LABELS } from '@core/ballot/words'
import { newWrittenRow, writtenSections, type WrittenRow } from './count-form'
import { UnitSelect } from './UnitSelect'

/** Who was absent from the vote: how many, and which member units (one paper per unit). */
export interface AbsentVoters {
  count: number
  units: Array<{ id: string; name: string }>
}

interface Props {
  /** The entry's label (`A`, `Sửa B`): names the fields for screen readers. */
  label: string
  ballot: Ballot
  absent: AbsentVoters
  rows: WrittenRow[]
  onChange(rows: WrittenRow[]): void
}

/**
 * "Ý kiến bằng văn bản" of absent member units, inside one entry of the count: each signed opinion
 * with its sender and its mark per unit, only for the sections whose share is taken on all members
 * (the rule that lets an absent member vote in writing; the Biên bản kiểm phiếu says where it
 * counted). Shown only when someone was absent.
 */
export function WrittenOpinions({ label, ballot, absent, rows, onChange }: Props) {
  if (absent.count === 0) return null
  const sections = writtenSections(ballot)
  const marks =
    ballot.marking === 'strike'
      ? (['agree', 'disagree'] as const)
      : (['agree', 'disagree', 'blank'] as const)
  const update = (i: number, row: WrittenRow) => onChange(rows.map((r, j) => (j === i ? row : r)))
  const setMark = (i: number, key: string, unitId: string, mark: Mark) =>
    update(i, {
      ...rows[i]!,
      marks: { ...rows[i]!.marks, [key]: { ...rows[i]!.marks[key], [unitId]: mark } }
    })
  const byUnit = ballot.electorBasis === 'unit'
  const taken = new Set(rows.map((r) => r.unitId))
  return (
    <fieldset className="plain written-opinions" aria-label={`${label}: ý kiến bằng văn bản`}>
      <legend>Ý kiến bằng văn bản của {byUnit ? 'đơn vị' : 'đại biểu'} vắng mặt</legend>
      {sections.length === 0 ? (
        <p className="muted">
          Có {absent.count} {byUnit ? 'đơn vị' : 'đại biểu'} vắng mặt, nhưng tỷ lệ của các mục không
          tính trên tổng số thành viên nên ý kiến bằng văn bản không được tính vào kết quả.
        </p>
      ) : (
        <p className="muted">
          Có {absent.count} {byUnit ? 'đơn vị' : 'đại biểu'} vắng mặt. Ý kiến bằng văn bản được tính
          vào mục có tỷ lệ tính trên tổng số thành viên: {sections.map((s) => s.title).join('; ')}.
          Biên bản kiểm phiếu ghi rõ điều này.
        </p>
      )}
      {sections.length > 0
        ? rows.map((row, i) => (
            <div key={i} className="written-opinion">
              <div className="rules-grid">
                {byUnit ? (
                  <div className="field wide">
                    <label htmlFor={`written-${label}-${i}`}>
                      {`${label}: ý kiến thứ ${i + 1}, đơn vị gửi`}
                    </label>
                    <UnitSelect
                      id={`written-${label}-${i}`}
                      units={absent.units}
                      value={row.unitId}
                      onChange={(unitId) => update(i, { ...row, unitId })}
                      emptyLabel="(chọn đơn vị vắng mặt)"
                      taken={taken}
                    />
                  </div>
                ) : (
                  <div className="field">
                    <label htmlFor={`written-${label}-${i}`}>
                      {`${label}: ý kiến thứ ${i + 1}, người gửi`}
                    </label>
                    <input
                      id={`written-${label}-${i}`}
                      value={row.fromName}
                      onChange={(e) => update(i, { ...row, fromName: e.target.value })}
                    />
                  </div>
                )}
              </div>
              {sections.map((s) => (
                <table key={s.key} className="data-table">
                  <caption>{s.title}</caption>
                  <tbody>
                    {s.candidates.map((c) => (
                      <tr key={c.unitId}>
                        <th scope="row">{c.label}</th>
                        <td>
                          <select
                            aria-label={`${label}: ý kiến thứ ${i + 1}, ${c.label}`}
                            value={row.marks[s.key]?.[c.unitId] ?? 'blank'}
                            onChange={(e) => setMark(i, s.key, c.unitId, e.target.value as Mark)}
                          >
                            {marks.map((m) => (
                              <option key={m} value={m}>
                                {MARK_LABELS[ballot.marking][m]}
                              </option>
                            ))}
                          </select>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ))}
              <button
                type="button"
                className="button"
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                Bỏ ý kiến thứ {i + 1}
              </button>
            </div>
          ))
        : null}
      {sections.length > 0 ? (
        <button
          type="button"
          className="button"
          disabled={rows.length >= absent.count}
          onClick={() => {
            const free = absent.units.find((u) => !taken.has(u.id))
            onChange([...rows, newWrittenRow(ballot, byUnit ? (free?.id ?? '') : '')])
          }}
        >
          + Ý kiến bằng văn bản
        </button>
      ) : null}
    </fieldset>
  )
}
