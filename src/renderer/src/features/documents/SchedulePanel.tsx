import type { ScheduleRow } from './composition-form'

interface Props {
  rows: ScheduleRow[]
  onChange(rows: ScheduleRow[]): void
}

const COLUMNS: Array<[keyof ScheduleRow, string, string]> = [
  ['content', 'nội dung', 'Nội dung hoạt động'],
  ['time', 'thời gian', 'Thời gian'],
  ['lead', 'đơn vị chủ trì', 'Đơn vị chủ trì'],
  ['note', 'ghi chú', 'Ghi chú']
]

/** "Lịch triển khai" of a Kế hoạch: one activity per row, printed as its annex. */
export function SchedulePanel({ rows, onChange }: Props) {
  return (
    <fieldset className="schedule">
      <legend>Lịch triển khai (in thành Phụ lục)</legend>
      {rows.map((row, i) => (
        <div className="schedule-row" key={i} role="group" aria-label={`Hoạt động ${i + 1}`}>
          {COLUMNS.map(([key, name, placeholder]) => (
            <input
              key={key}
              aria-label={`Hoạt động ${i + 1}: ${name}`}
              placeholder={placeholder}
              value={row[key]}
              onChange={(e) =>
                onChange(rows.map((r, k) => (k === i ? { ...r, [key]: e.target.value } : r)))
              }
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
