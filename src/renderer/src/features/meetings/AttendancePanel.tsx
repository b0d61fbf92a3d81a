import type { AttendanceSummary } from '@core/rules/meetings'
import { useMemo } from 'react'
import {
  attendanceOrder,
  patchAttendance,
  type AttendanceRow,
  type MeetingPanelProps
} from './meeting-form'

/** "Thành phần tham dự": each member unit present (with who came) or absent (with why). */
export function AttendancePanel({
  form,
  update,
  year,
  nameOf,
  errorOf,
  summary
}: MeetingPanelProps & { summary: AttendanceSummary | null }) {
  // The repository names the rows by their place in the form's list of this year's units.
  const order = useMemo(() => attendanceOrder(form.attendance, year), [form.attendance, year])
  return (
    <section aria-labelledby="attendance-title" data-field="attendances">
      <h2 id="attendance-title">Thành phần tham dự</h2>
      {summary ? (
        <p className="muted" role="status">
          Có mặt {summary.present}/{summary.members} đơn vị ({summary.representatives} đại biểu);
          vắng có lý do {summary.absentExcused}, vắng không lý do {summary.absentUnexcused}.
        </p>
      ) : null}
      {errorOf('attendances') && ![...order.values()].some((i) => errorOf(`attendances.${i}`)) ? (
        <p className="field-error" role="alert">
          {errorOf('attendances')}
        </p>
      ) : null}
      <table className="table attendance">
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col">Tình trạng</th>
            <th scope="col">Đại biểu dự (mỗi dòng: họ tên, chức vụ) hoặc lý do vắng</th>
          </tr>
        </thead>
        <tbody>
          {(year?.memberUnitIds ?? []).map((unitId) => {
            const row: AttendanceRow = form.attendance[unitId] ?? {
              status: 'present',
              reason: '',
              representatives: ''
            }
            const change = (patch: Partial<AttendanceRow>) =>
              update((f) => patchAttendance(f, unitId, patch))
            const path = `attendances.${order.get(unitId) ?? -1}`
            const message = order.has(unitId) ? errorOf(path) : ''
            return (
              <tr key={unitId} data-field={path}>
                <td>{nameOf(unitId)}</td>
                <td>
                  <select
                    aria-label={`${nameOf(unitId)}: tình trạng`}
                    value={row.status}
                    onChange={(e) => change({ status: e.target.value as AttendanceRow['status'] })}
                  >
                    <option value="present">Có mặt</option>
                    <option value="absent-excused">Vắng có lý do</option>
                    <option value="absent-unexcused">Vắng không lý do</option>
                  </select>
                </td>
                <td>
                  {row.status === 'present' ? (
                    <textarea
                      aria-label={`${nameOf(unitId)}: đại biểu dự`}
                      rows={2}
                      value={row.representatives}
                      onChange={(e) => change({ representatives: e.target.value })}
                      aria-invalid={message ? true : undefined}
                    />
                  ) : (
                    <input
                      aria-label={`${nameOf(unitId)}: lý do vắng`}
                      value={row.reason}
                      onChange={(e) => change({ reason: e.target.value })}
                      aria-invalid={message ? true : undefined}
                    />
                  )}
                  {message ? <p className="field-error">{message}</p> : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
