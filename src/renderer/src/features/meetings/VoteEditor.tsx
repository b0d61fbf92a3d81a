import { VOTE_PURPOSES, type ClusterRules, type VoteRule } from '@core/model/entities'
import type { FieldIssue } from '@core/model/validation'
import type { AttendanceSummary } from '@core/rules/meetings'
import { VOTE_PURPOSE_LABELS } from '@core/rules/votes'
import { FieldShell } from '../../components/FieldShell'
import { isUnder } from '../../components/form-issues'
import {
  changeElectorBasis,
  changePurpose,
  viewVote,
  type VoteOptionRow,
  type VoteRow
} from './vote-form'
import { VoteOptionsTable } from './VoteOptionsTable'
import { VoteRuleNote } from './VoteRuleNote'
import './votes.css'

interface VoteEditorProps {
  index: number
  vote: VoteRow
  /** Who is present, from the attendance as typed; null before a year is chosen. */
  attendance: AttendanceSummary | null
  rules: ClusterRules
  memberUnitIds: string[]
  nameOf(id: string): string
  onChange(vote: VoteRow): void
  onRemove(): void
  /** The messages of the last refused save or finalising that are still about this vote. */
  issues: FieldIssue[]
}

/** The fields of a vote that show their own messages; the others show at the vote's top. */
const OWN_FIELDS = [
  'subject',
  'purpose',
  'method',
  'electors',
  'present',
  'writtenOpinions',
  'ballotsIssued',
  'ballotsReturned',
  'ballotsValid',
  'ballotsInvalid',
  'options'
]

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)

const NO_ATTENDANCE: AttendanceSummary = {
  members: 0,
  present: 0,
  absentExcused: 0,
  absentUnexcused: 0,
  representatives: 0
}

/**
 * One vote (issue 10, point 1): what it decides, how it is taken and who votes; the counts; the
 * rule it is taken under in words with its legal basis; and for each option for, against and
 * abstaining with the live share on its base and the verdict. What cannot be saved is said beside
 * the figure as it is typed — the same checks as the save.
 */
export function VoteEditor({
  index,
  vote,
  attendance,
  rules,
  memberUnitIds,
  nameOf,
  onChange,
  onRemove,
  issues
}: VoteEditorProps) {
  const n = index + 1
  const path = `votes.${index}`
  const view = viewVote(vote, index, attendance ?? NO_ATTENDANCE)
  // Inside the vote's own box its name goes without saying: "Biểu quyết 1 (“…”): " is dropped.
  const all = [...view.issues, ...issues.filter((i) => isUnder(i.field, path))].map((i) => ({
    ...i,
    message: capitalize(i.message.replace(/^Biểu quyết \d+(?: \(“.*?”\))?: /, ''))
  }))
  const say = (field: string) =>
    [
      ...new Set(all.filter((i) => isUnder(i.field, `${path}.${field}`)).map((i) => i.message))
    ].join(' ')
  const own = (i: FieldIssue) => OWN_FIELDS.some((f) => isUnder(i.field, `${path}.${f}`))
  const top = [...new Set(all.filter((i) => !own(i)).map((i) => i.message))].join(' ')
  const secret = vote.method === 'secret-ballot'
  const perPerson = vote.rule.electorBasis === 'person'
  const who = perPerson ? 'đại biểu' : 'đơn vị'
  const set = (patch: Partial<VoteRow>) => onChange({ ...vote, ...patch })
  // Written opinions count only on a base of all members, and only absent members give them.
  const written =
    vote.rule.denominator === 'members' &&
    (vote.writtenOpinions.trim() !== '' ||
      perPerson ||
      (attendance !== null && attendance.present < attendance.members))

  const count = (key: keyof VoteRow, label: string, hint?: string, placeholder?: string) => (
    <FieldShell
      label={label}
      field={`${path}.${key}`}
      className="count"
      error={say(key)}
      hint={hint}
    >
      {(control) => (
        <input
          {...control}
          inputMode="numeric"
          value={vote[key] as string}
          placeholder={placeholder}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </FieldShell>
  )

  return (
    <fieldset className="vote" aria-label={`Biểu quyết ${n}`} data-field={path}>
      <legend>Biểu quyết {n}</legend>
      {vote.review ? (
        <div className="alert warning">
          <p>
            <strong>Số liệu cũ của lần biểu quyết này mâu thuẫn, cần thư ký xem lại:</strong>{' '}
            {vote.review}
          </p>
          <p>Hãy sửa các số cho đúng rồi bấm “Lưu hội nghị”; lưu xong, cảnh báo này được xóa.</p>
        </div>
      ) : null}
      {top ? <p className="field-error">{top}</p> : null}
      <div className="field-row">
        <FieldShell
          label="Nội dung biểu quyết"
          field={`${path}.subject`}
          className="wide-field"
          error={say('subject')}
        >
          {(control) => (
            <input
              {...control}
              value={vote.subject}
              placeholder="Suy tôn đơn vị dẫn đầu Cụm năm 2026"
              onChange={(e) => set({ subject: e.target.value })}
            />
          )}
        </FieldShell>
        <div className="field" data-field={`${path}.purpose`}>
          <label htmlFor={`v${n}-purpose`}>Mục đích</label>
          <select
            id={`v${n}-purpose`}
            value={vote.purpose}
            onChange={(e) =>
              onChange(changePurpose(vote, e.target.value as VoteRow['purpose'], rules))
            }
          >
            {VOTE_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {VOTE_PURPOSE_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field" data-field={`${path}.method`}>
          <label htmlFor={`v${n}-method`}>Hình thức</label>
          <select
            id={`v${n}-method`}
            value={vote.method}
            onChange={(e) => set({ method: e.target.value as VoteRow['method'] })}
          >
            <option value="secret-ballot">Bỏ phiếu kín</option>
            <option value="show-of-hands">Biểu quyết giơ tay</option>
          </select>
        </div>
        <div className="field wide-field">
          <label htmlFor={`v${n}-basis`}>Ai biểu quyết</label>
          <select
            id={`v${n}-basis`}
            value={vote.rule.electorBasis}
            onChange={(e) =>
              onChange(changeElectorBasis(vote, e.target.value as VoteRule['electorBasis']))
            }
            aria-describedby={`v${n}-electorate`}
          >
            <option value="unit">Mỗi đơn vị thành viên một {secret ? 'phiếu' : 'ý kiến'}</option>
            <option value="person">Mỗi đại biểu có mặt một {secret ? 'phiếu' : 'ý kiến'}</option>
          </select>
          <p id={`v${n}-electorate`} className="field-hint">
            {perPerson
              ? 'Tính trên số đại biểu có quyền biểu quyết ghi dưới đây.'
              : attendance
                ? `Theo danh sách dự họp: ${attendance.members} đơn vị thành viên, ${attendance.present} đơn vị có mặt.`
                : 'Chọn năm thi đua để biết số đơn vị.'}
          </p>
        </div>
      </div>
      {perPerson || written ? (
        <div className="field-row">
          {perPerson ? (
            <>
              {count('electors', 'Số đại biểu có quyền biểu quyết')}
              {count(
                'present',
                'Số đại biểu có mặt khi biểu quyết',
                'Để trống: theo danh sách đại biểu dự họp.',
                attendance ? String(attendance.representatives) : ''
              )}
            </>
          ) : null}
          {written
            ? count(
                'writtenOpinions',
                'Phiếu lấy ý kiến bằng văn bản',
                `Của ${who} vắng mặt; được cộng vào số biểu quyết.`
              )
            : null}
        </div>
      ) : null}
      {secret ? (
        <div className="field-row">
          {count('ballotsIssued', 'Phiếu phát ra')}
          {count('ballotsReturned', 'Phiếu thu vào')}
          {count('ballotsValid', 'Phiếu hợp lệ')}
          {count('ballotsInvalid', 'Phiếu không hợp lệ')}
        </div>
      ) : null}
      <VoteRuleNote rule={vote.rule} purpose={vote.purpose} view={view} />
      <VoteOptionsTable
        n={n}
        path={path}
        options={vote.options}
        view={view}
        say={say}
        listError={[
          ...new Set(all.filter((i) => i.field === `${path}.options`).map((i) => i.message))
        ].join(' ')}
        memberUnitIds={memberUnitIds}
        nameOf={nameOf}
        onChange={(options: VoteOptionRow[]) => set({ options })}
      />
      <div className="form-actions">
        <button type="button" className="button small danger" onClick={onRemove}>
          Bỏ biểu quyết {n}
        </button>
      </div>
    </fieldset>
  )
}
