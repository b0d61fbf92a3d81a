import type { AttendanceSummary } from '@core/rules/meetings'
import { useMemo } from 'react'
import { useWindowRows } from '../../components/useWindowRows'
import { WindowedBody } from '../../components/WindowedBody'
import {
  attendanceOrder,
  patchAttendance,
  type AttendanceRow,
  type MeetingPanelProps
} from './meeting-form'

const NOBODY_YET: AttendanceRow = { status: 'present', reason: '', representatives: '' }
const NO_UNITS: string[] = []

/**
 * "Thành phần tham dự": each member unit present (with who came) or absent (with why). A cluster
 * of hundreds of units draws the rows on screen only (issue 13); the rows with a message are drawn
 * wherever the page is, so a refused save still takes the secretary to the field that is wrong.
 */
export function AttendancePanel({
  form,
  update,
  year,
  nameOf,
  errorOf,
  summary
}: MeetingPanelProps & { summary: AttendanceSummary | null }) {
  const unitIds = year?.memberUnitIds ?? NO_UNITS
  // The repository names the rows by their place in the form's list of this year's units.
  const order = useMemo(() => attendanceOrder(form.attendance, year), [form.attendance, year])
  const pathOf = (unitId: string) => `attendances.${order.get(unitId) ?? -1}`
  const withMessage = useMemo(
    () =>
      unitIds.flatMap((unitId, i) =>
        order.has(unitId) && errorOf(`attendances.${order.get(unitId)}`) ? [i] : []
      ),
    [unitIds, order, errorOf]
  )
  const rows = useWindowRows(unitIds.length, 79, { keep: withMessage, fields: true })
  return (
    <section aria-labelledby="attendance-title" data-field="attendances">
      <h2 id="attendance-title">Thành phần tham dự</h2>
      {summary ? (
        <p className="muted" role="status">
          Có mặt {summary.present}/{summary.members} đơn vị ({summary.representatives} đại biểu);
          vắng có lý do {summary.absentExcused}, vắng không lý do {summary.absentUnexcused}.
        </p>
      ) : null}
      {errorOf('attendances') && withMessage.length === 0 ? (
        <p className="field-error" role="alert">
          {errorOf('attendances')}
        </p>
      ) : null}
      <table className="table attendance" aria-rowcount={unitIds.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Đơn vị</th>
            <th scope="col">Tình trạng</th>
            <th scope="col">Đại biểu dự (mỗi dòng: họ tên, chức vụ) hoặc lý do vắng</th>
          </tr>
        </thead>
        <WindowedBody
          rows={rows}
          columns={3}
          rowKey={(i) => unitIds[i]!}
          row={(i) => {
            const unitId = unitIds[i]!
            const path = pathOf(unitId)
            return (
              <UnitAttendance
                index={i}
                name={nameOf(unitId)}
                row={form.attendance[unitId] ?? NOBODY_YET}
                path={path}
                message={order.has(unitId) ? errorOf(path) : ''}
                measure={rows.measure}
                onChange={(patch) => update((f) => patchAttendance(f, unitId, patch))}
              />
            )
          }}
        />
      </table>
    </section>
  )
}

interface RowProps {
  /** The row's place among the year's units (from 0). */
  index: number
  name: string
  row: AttendanceRow
  /** The repository's name for the row (`attendances.3`), where its messages go. */
  path: string
  message: string
  measure(row: Element | null): void
  onChange(patch: Partial<AttendanceRow>): void
}

/** One member unit's line: present or absent, and who came or why not. */
function UnitAttendance({ index, name, row, path, message, measure, onChange }: RowProps) {
  return (
    <tr data-field={path} data-index={index} aria-rowindex={index + 2} ref={measure}>
      <td>{name}</td>
      <td>
        <select
          aria-label={`${name}: tình trạng`}
          value={row.status}
          onChange={(e) => onChange({ status: e.target.value as AttendanceRow['status'] })}
        >
          <option value="present">Có mặt</option>
          <option value="absent-excused">Vắng có lý do</option>
          <option value="absent-unexcused">Vắng không lý do</option>
        </select>
      </td>
      <td>
        {row.status === 'present' ? (
          <textarea
            aria-label={`${name}: đại biểu dự`}
            rows={2}
            value={row.representatives}
            onChange={(e) => onChange({ representatives: e.target.value })}
            aria-invalid={message ? true : undefined}
          />
        ) : (
          <input
            aria-label={`${name}: lý do vắng`}
            value={row.reason}
            onChange={(e) => onChange({ reason: e.target.value })}
            aria-invalid={message ? true : undefined}
          />
        )}
        {message ? <p className="field-error">{message}</p> : null}
      </td>
    </tr>
  )
}
