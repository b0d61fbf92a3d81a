import { useState } from 'react'
import type { ClusterYear } from '@core/model/entities'
import { useDatabase } from '../../db/DatabaseContext'
import { usePactRecord, usePactScreen } from '../../db/hooks'
import { createPact } from '../../db/repositories/pact-repo'
import { PactEditor } from './PactEditor'
import { YearOptions } from '../../components/Options'

/**
 * Route `/giao-uoc` — Giao ước: the pact of the chosen year, or the offer to start one (blank or
 * copied from the year before).
 */
export function PactRoute() {
  const db = useDatabase()
  const [yearId, setYearId] = useState('')
  const screen = usePactScreen(yearId)
  const [message, setMessage] = useState('')

  if (screen === undefined) return <p role="status">Đang tải dữ liệu…</p>
  const { cluster, years, year, units, peopleByUnit, record } = screen
  if (cluster === null) return <p>Chưa có cụm thi đua. Hãy tạo cụm ở màn hình Tổng quan.</p>
  if (!year) return <p>Hãy tạo năm thi đua trước (mục Năm thi đua).</p>
  const previous = years.filter((y) => y.year < year.year).sort((a, b) => b.year - a.year)[0]

  return (
    <section aria-labelledby="page-title">
      <header className="page-header no-print">
        <h1 id="page-title">Giao ước thi đua năm {year.year}</h1>
        <div className="field narrow">
          <label htmlFor="pact-year">Năm</label>
          <select id="pact-year" value={year.id} onChange={(e) => setYearId(e.target.value)}>
            <YearOptions years={years} />
          </select>
        </div>
      </header>
      {message ? (
        <p role="alert" className="alert error">
          {message}
        </p>
      ) : null}
      {record === null ? (
        <div className="panel">
          <p>Năm {year.year} chưa có giao ước.</p>
          <div className="form-actions">
            <button
              type="button"
              className="button primary"
              onClick={() => createPact(db, year.id).catch((e) => setMessage(String(e.message)))}
            >
              Tạo giao ước năm {year.year}
            </button>
            {previous ? (
              <PreviousCopyButton yearId={year.id} previousYear={previous} onError={setMessage} />
            ) : null}
          </div>
        </div>
      ) : (
        <PactEditor
          key={`${record.pact.id}-${record.pact.status}`}
          cluster={cluster}
          year={year}
          record={record}
          units={units}
          people={[...peopleByUnit.values()].flat()}
          previousYear={previous}
        />
      )}
    </section>
  )
}

/** "Sao chép từ giao ước năm …": offered only when that year has a pact to copy. */
function PreviousCopyButton({
  yearId,
  previousYear,
  onError
}: {
  yearId: string
  previousYear: ClusterYear
  onError(message: string): void
}) {
  const db = useDatabase()
  const previous = usePactRecord(previousYear.id)
  if (!previous) return null
  return (
    <button
      type="button"
      className="button"
      onClick={() =>
        createPact(db, yearId, previous.pact.id).catch((e) => onError(String(e.message)))
      }
    >
      Sao chép từ giao ước năm {previousYear.year}
    </button>
  )
}
