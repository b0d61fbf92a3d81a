import type { Cluster, ClusterYear, Vote } from '@core/model/entities'
import { voteResults } from '@core/rules/meetings'
import {
  formAttendanceSummary,
  toMeetingInput,
  type MeetingFormState,
  type VoteRow
} from './meeting-form'

interface VoteEditorProps {
  index: number
  vote: VoteRow
  year: ClusterYear | undefined
  cluster: Cluster
  form: MeetingFormState
  nameOf(id: string): string
  onChange(patch: Partial<VoteRow>): void
  onRemove(): void
  error: string
}

/** One vote: method, ballots, options, with the share and result shown as the figures are typed. */
export function VoteEditor({
  index,
  vote,
  year,
  cluster,
  form,
  nameOf,
  onChange,
  onRemove,
  error
}: VoteEditorProps) {
  const n = index + 1
  const input = toMeetingInput({ ...form, votes: [vote] }, year)
  const parsed = input.votes[0]! as unknown as Vote
  const summary = formAttendanceSummary(year, input)
  const results = summary ? voteResults(parsed, cluster.rules, summary) : []
  const numberField = (key: keyof VoteRow, label: string) => (
    <div className="field">
      <label htmlFor={`v${n}-${key}`}>{label}</label>
      <input
        id={`v${n}-${key}`}
        inputMode="numeric"
        value={vote[key] as string}
        onChange={(e) => onChange({ [key]: e.target.value })}
      />
    </div>
  )
  return (
    <fieldset className="vote" aria-label={`Biểu quyết ${n}`}>
      <legend>Biểu quyết {n}</legend>
      {error ? <p className="field-error">{error}</p> : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`v${n}-subject`}>Nội dung biểu quyết</label>
          <input
            id={`v${n}-subject`}
            value={vote.subject}
            onChange={(e) => onChange({ subject: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`v${n}-method`}>Hình thức</label>
          <select
            id={`v${n}-method`}
            value={vote.method}
            onChange={(e) => onChange({ method: e.target.value as VoteRow['method'] })}
          >
            <option value="secret-ballot">Bỏ phiếu kín</option>
            <option value="show-of-hands">Biểu quyết giơ tay</option>
          </select>
        </div>
      </div>
      <div className="field-row">
        {numberField('electors', 'Số có quyền biểu quyết')}
        {vote.method === 'secret-ballot' ? (
          <>
            {numberField('ballotsIssued', 'Phiếu phát ra')}
            {numberField('ballotsReturned', 'Phiếu thu vào')}
            {numberField('ballotsValid', 'Phiếu hợp lệ')}
            {numberField('ballotsInvalid', 'Phiếu không hợp lệ')}
          </>
        ) : null}
      </div>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Phương án / đơn vị được đề nghị</th>
            <th scope="col">Đồng ý</th>
            <th scope="col">Không đồng ý</th>
            <th scope="col">Tỷ lệ</th>
            <th scope="col">Kết quả</th>
            <th scope="col">
              <span className="visually-hidden">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {vote.options.map((option, k) => {
            const update = (patch: Partial<typeof option>) =>
              onChange({ options: vote.options.map((o, j) => (j === k ? { ...o, ...patch } : o)) })
            return (
              <tr key={k}>
                <td>
                  <input
                    aria-label={`Biểu quyết ${n}, phương án ${k + 1}`}
                    value={option.label}
                    list={`v${n}-units`}
                    onChange={(e) => update({ label: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Biểu quyết ${n}, phương án ${k + 1}: đồng ý`}
                    inputMode="numeric"
                    value={option.inFavour}
                    onChange={(e) => update({ inFavour: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Biểu quyết ${n}, phương án ${k + 1}: không đồng ý`}
                    inputMode="numeric"
                    value={option.against}
                    onChange={(e) => update({ against: e.target.value })}
                  />
                </td>
                <td className="num">{results[k]?.percent ?? ''}</td>
                <td>{results[k] ? (results[k]!.passed ? 'Đạt' : 'Không đạt') : ''}</td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    onClick={() => onChange({ options: vote.options.filter((_, j) => j !== k) })}
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
      <datalist id={`v${n}-units`}>
        {(year?.memberUnitIds ?? []).map((id) => (
          <option key={id} value={nameOf(id)} />
        ))}
      </datalist>
      <div className="form-actions">
        <button
          type="button"
          className="button small"
          onClick={() =>
            onChange({
              options: [
                ...vote.options,
                { label: '', unitId: '', inFavour: '', against: '', abstain: '' }
              ]
            })
          }
        >
          Thêm phương án
        </button>
        <button type="button" className="button small danger" onClick={onRemove}>
          Bỏ biểu quyết {n}
        </button>
      </div>
    </fieldset>
  )
}
