import type { ScheduleRow } from './composition-form'

interface Props {
  rows: ScheduleRow[]
  onChange(rows: ScheduleRow[]): void
  errorOf(field: string): string
}

const COLUMNS: Array<[keyof ScheduleRow, string, string]> = [
  ['content', 'nội dung', 'Nội dung hoạt động'],
  ['time', 'thời gian', 'Thời gian'],
  ['lead', 'đơn vị chủ trì', 'Đơn vị chủ trì'],
  ['note', 'ghi chú', 'Ghi chú']
]

/** "Lịch triển khai" of a Kế hoạch: one activity per row, printed as its annex. */
export function SchedulePanel({ rows, onChange, errorOf }: Props) {
  const rowErrors = rows.some((_, i) => errorOf(`scheduleRows.${i}`))
  return (
    <fieldset className="schedule" data-field="scheduleRows">
      <legend>Lịch triển khai (in thành Phụ lục)</legend>
      {errorOf('scheduleRows') && !rowErrors ? (
        <p className="field-error">{errorOf('scheduleRows')}</p>
      ) : null}
      {rows.map((row, i) => (
        <div
          className="schedule-row"
          key={i}
          role="group"
          aria-label={`Hoạt động ${i + 1}`}
          data-field={`scheduleRows.${i}`}
        >
          {COLUMNS.map(([key, name, placeholder]) => (
            <input
              key={key}
              aria-label={`Hoạt động ${i + 1}: ${name}`}
              placeholder={placeholder}
              value={row[key]}
              onChange={(e) =>
                onChange(rows.map((r, k) => (k === i ? { ...r, [key]: e.target.value } : r)))
              }
              aria-invalid={errorOf(`scheduleRows.${i}.${key}`) ? true : undefined}
            />
          ))}
          <button
            type="button"
            className="button small"
            aria-label={`Xóa hoạt động ${i + 1}`}
            onClick={() => onChange(rows.filter((_, k) => k !== i))}
          >
            Xóa
          </button>
          {errorOf(`scheduleRows.${i}`) ? (
            <p className="field-error row-error">{errorOf(`scheduleRows.${i}`)}</p>
          ) : null}
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => onChange([...rows, { content: '', time: '', lead: '', note: '' }])}
      >
        Thêm hoạt động
      </button>
    </fieldset>
  )
}
