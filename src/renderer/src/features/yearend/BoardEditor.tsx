import { useState } from 'react'
import { checkBoard } from '@core/ballot/checks'
import type { Ballot, BallotCount } from '@core/ballot/model'
import { issuesFrom, type FieldIssue } from '@core/model/validation'
import { IssuesAlert } from '../../components/IssuesAlert'
import { useDatabase } from '../../db/DatabaseContext'
import { saveCountSetup } from '../../db/repositories/ballots-repo'
import { setupForm, setupFromForm, type SetupForm } from './count-form'
import { textFields, WarningNote } from './text-field'
import { UnitSelect } from './UnitSelect'

interface Props {
  ballot: Ballot
  count: BallotCount | undefined
  members: string[]
  unitName(id: string): string
  locked: boolean
}

/**
 * The Ban kiểm phiếu (name, position, unit, Trưởng ban or member) and the papers issued and
 * returned. A member whose unit stands on the paper is a warning, not a refusal: some Quy chế
 * allow it.
 */
export function BoardEditor({ ballot, count, members, unitName, locked }: Props) {
  const db = useDatabase()
  const [form, setForm] = useState<SetupForm>(() => setupForm(count, ballot))
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [status, setStatus] = useState('')
  const set = (patch: Partial<SetupForm>) => setForm((f) => ({ ...f, ...patch }))
  const board = form.board.filter((m) => m.name.trim())
  const choices = members.map((id) => ({ id, name: unitName(id) }))
  const text = textFields(form, set, issues, 'count')
  const warnings = checkBoard(
    ballot,
    { board: board.map((m) => ({ ...m, unitName: '' })) },
    Object.fromEntries(choices.map((u) => [u.id, u.name]))
  ).filter((w) => w.severity === 'warning')
  const save = async () => {
    const { setup, issues: found } = setupFromForm(form)
    if (!setup) return setIssues(found)
    try {
      await saveCountSetup(db, ballot.id, setup)
      setIssues([])
      setStatus('Đã lưu Ban kiểm phiếu và số phiếu.')
    } catch (error) {
      setIssues(issuesFrom(error))
    }
  }
  const row = (i: number, patch: Partial<SetupForm['board'][number]>) =>
    set({ board: form.board.map((m, j) => (j === i ? { ...m, ...patch } : m)) })
  return (
    <fieldset className="plain" disabled={locked}>
      <legend>Ban kiểm phiếu và số phiếu</legend>
      <table className="data-table">
        <thead>
          <tr>
            <th>Họ và tên</th>
            <th>Chức vụ</th>
            <th>Đơn vị</th>
            <th>Vai trò</th>
          </tr>
        </thead>
        <tbody>
          {form.board.map((m, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`Thành viên ${i + 1}: họ và tên`}
                  value={m.name}
                  onChange={(e) => row(i, { name: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`Thành viên ${i + 1}: chức vụ`}
                  value={m.position}
                  onChange={(e) => row(i, { position: e.target.value })}
                />
              </td>
              <td>
                <UnitSelect
                  label={`Thành viên ${i + 1}: đơn vị`}
                  units={choices}
                  value={m.unitId}
                  onChange={(unitId) => row(i, { unitId })}
                  emptyLabel="(ngoài Cụm)"
                />
              </td>
              <td>
                <select
                  aria-label={`Thành viên ${i + 1}: vai trò`}
                  value={m.role}
                  onChange={(e) => row(i, { role: e.target.value as 'head' | 'member' })}
                >
                  <option value="head">Trưởng ban</option>
                  <option value="member">Thành viên</option>
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button"
        onClick={() =>
          set({ board: [...form.board, { name: '', position: '', unitId: '', role: 'member' }] })
        }
      >
        + Thêm thành viên
      </button>
      <div className="rules-grid">
        {text('ballotsIssued', 'Số phiếu phát ra')}
        {text('ballotsReturned', 'Số phiếu thu vào')}
        {text('startTime', 'Giờ bắt đầu kiểm phiếu', '09:30')}
        {text('endTime', 'Giờ lập xong biên bản', '10:15')}
        {text('keptBy', 'Đơn vị lưu giữ phiếu đã niêm phong')}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={form.doubleEntry}
          onChange={(e) => set({ doubleEntry: e.target.checked })}
        />{' '}
        Hai thành viên Ban kiểm phiếu nhập kết quả độc lập (nhập hai lần)
      </label>
      <WarningNote warnings={warnings} />
      <IssuesAlert issues={issues} />
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => void save()}>
          Lưu Ban kiểm phiếu
        </button>
        <span role="status">{status}</span>
      </div>
    </fieldset>
  )
}
