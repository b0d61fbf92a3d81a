import type { RestoreSummary, TableChange } from '@core/backup/summary'
import type { Checked } from '../../db/restore-client'
import { clusterWords, headerWords, namedWords, tableChangeWords } from './restore-words'

function NamedList({
  title,
  summary,
  named,
  table
}: {
  title: string
  summary: RestoreSummary
  named: RestoreSummary['units']
  table: TableChange['table']
}) {
  const lines = namedWords(
    named,
    summary.tables.find((t) => t.table === table)
  )
  if (lines.length === 0) return null
  return (
    <div className="restore-names">
      <h4>{title}</h4>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  )
}

/**
 * What the restore will do, before it is done: the backup's date on this PC's clock, the
 * clusters of the file next to the current ones (with a warning when they are not the same), and
 * per table what is added, removed and changed, with names for units, years and meetings.
 */
export function RestoreConfirm({
  source,
  checked,
  onConfirm,
  onCancel
}: {
  source: string
  checked: Checked & { summary: RestoreSummary }
  onConfirm(): void
  onCancel(): void
}) {
  const { header, summary } = checked
  const clusters = clusterWords(summary)
  return (
    <div className="restore-confirm" role="group" aria-label="Xác nhận khôi phục">
      <p>
        <strong>{headerWords(header)}</strong> — {source}.
      </p>
      <dl className="restore-clusters">
        <dt>Cụm trong bản sao lưu</dt>
        <dd>{clusters.file}</dd>
        <dt>Cụm hiện có trên máy</dt>
        <dd>{clusters.current}</dd>
      </dl>
      {clusters.warning ? (
        <p className="alert warning" role="alert">
          <strong>Chú ý:</strong> {clusters.warning}
        </p>
      ) : null}
      {summary.identical ? (
        <p>Bản sao lưu giống hệt dữ liệu hiện tại: khôi phục sẽ không thay đổi gì.</p>
      ) : (
        <>
          <table className="table" aria-label="Thay đổi theo từng bảng">
            <thead>
              <tr>
                <th scope="col">Bảng</th>
                <th scope="col">Thay đổi</th>
                <th scope="col" className="num">
                  Số dòng sau khôi phục
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.tables.map((change) => {
                const words = tableChangeWords(change)
                return (
                  <tr key={change.table}>
                    <th scope="row">{words.label}</th>
                    <td>{words.words}</td>
                    <td className="num">{change.total}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          <NamedList
            title="Đơn vị thành viên"
            summary={summary}
            named={summary.units}
            table="memberUnits"
          />
          <NamedList
            title="Năm thi đua"
            summary={summary}
            named={summary.years}
            table="clusterYears"
          />
          <NamedList title="Hội nghị" summary={summary} named={summary.meetings} table="meetings" />
        </>
      )}
      <p>
        Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này. Dữ liệu hiện tại
        được tự động sao lưu trước, và có thể hoàn tác.
      </p>
      <div className="actions">
        <button type="button" className="button danger" onClick={onConfirm}>
          Khôi phục bản này
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </div>
  )
}
