import { formatTimestampVi } from '@core/text/dates'
import { useAuditFor } from '../../db/hooks'

/** "Lịch sử thay đổi": what the audit log kept about this unit, newest first. */
export function UnitHistoryPanel({ unitId }: { unitId: string }) {
  const history = useAuditFor('memberUnits', unitId)
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">Lịch sử thay đổi</h2>
      {history && history.length > 0 ? (
        <ul className="history">
          {history.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at}>{formatTimestampVi(entry.at)}</time> —{' '}
              {entry.summary || entry.action}
            </li>
          ))}
        </ul>
      ) : (
        <p>Chưa có thay đổi nào được ghi lại.</p>
      )}
    </section>
  )
}
