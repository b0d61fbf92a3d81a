import { emptyOption, shareLine, type VoteOptionRow, type VoteView } from './vote-form'

interface Props {
  /** The vote's number, from 1. */
  n: number
  /** The vote's path in the repository's messages (`votes.0`). */
  path: string
  options: VoteOptionRow[]
  view: VoteView
  /** The messages about a part of the vote (`options.1`). */
  say(field: string): string
  /** The messages about the list itself ("chưa có phương án nào"). */
  listError: string
  memberUnitIds: string[]
  nameOf(id: string): string
  onChange(options: VoteOptionRow[]): void
}

type CountKey = 'inFavour' | 'against' | 'abstain'

/**
 * The options of a vote: for, against and abstaining ("Không biểu quyết" by hand, "Phiếu trống"
 * on a ballot), each with its share on the vote's base and the verdict as typed ("4/6 đơn vị
 * thành viên, đạt 66,67% — Đạt"), and beside it what keeps it from being saved.
 */
export function VoteOptionsTable({
  n,
  path,
  options,
  view,
  say,
  listError,
  memberUnitIds,
  nameOf,
  onChange
}: Props) {
  const patch = (k: number, change: Partial<VoteOptionRow>) =>
    onChange(options.map((o, j) => (j === k ? { ...o, ...change } : o)))
  const counts: Array<[CountKey, string]> = [
    ['inFavour', 'Đồng ý'],
    ['against', 'Không đồng ý'],
    ['abstain', view.abstainLabel]
  ]
  return (
    <div data-field={`${path}.options`}>
      <table className="table vote-options">
        <thead>
          <tr>
            <th scope="col" className="option-label">
              Phương án / đơn vị được đề nghị
            </th>
            {counts.map(([key, label]) => (
              <th scope="col" key={key} className="num">
                {label}
              </th>
            ))}
            <th scope="col">Tỷ lệ đồng ý và kết quả</th>
            <th scope="col">
              <span className="visually-hidden">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {options.map((option, k) => {
            const message = say(`options.${k}`)
            const result = view.tally?.options[k]
            const name = `Biểu quyết ${n}, phương án ${k + 1}`
            return (
              <tr
                key={k}
                data-field={`${path}.options.${k}`}
                className={message ? 'has-error' : ''}
              >
                <td>
                  <input
                    aria-label={name}
                    value={option.label}
                    list={`v${n}-units`}
                    onChange={(e) => patch(k, { label: e.target.value })}
                    aria-invalid={message ? true : undefined}
                  />
                  {message ? <p className="field-error">{message}</p> : null}
                </td>
                {counts.map(([key, label]) => (
                  <td key={key}>
                    <input
                      aria-label={`${name}: ${label.toLocaleLowerCase('vi')}`}
                      inputMode="numeric"
                      className="count-input"
                      value={option[key]}
                      onChange={(e) => patch(k, { [key]: e.target.value })}
                      aria-invalid={message ? true : undefined}
                    />
                  </td>
                ))}
                <td className="vote-share" aria-live="polite">
                  {result &&
                  !message &&
                  (result.inFavour > 0 || result.against > 0 || result.abstain > 0) ? (
                    <span className={result.passed ? 'passed' : 'failed'}>{shareLine(result)}</span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    onClick={() => onChange(options.filter((_, j) => j !== k))}
                    aria-label={`Bỏ phương án ${k + 1} của biểu quyết ${n}`}
                  >
                    Bỏ
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {listError ? <p className="field-error">{listError}</p> : null}
      <datalist id={`v${n}-units`}>
        {memberUnitIds.map((id) => (
          <option key={id} value={nameOf(id)} />
        ))}
      </datalist>
      <button
        type="button"
        className="button small"
        onClick={() => onChange([...options, emptyOption()])}
      >
        Thêm phương án
      </button>
    </div>
  )
}
