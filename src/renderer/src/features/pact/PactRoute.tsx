import { useState } from 'react'
import type { ClusterYear } from '@core/model/entities'
import { useDatabase } from '../../db/DatabaseContext'
import { usePactScreen } from '../../db/hooks'
import { createPact } from '../../db/repositories/pact-repo'
import { PactEditor } from './PactEditor'
import { YearOptions } from '../../components/Options'
import { useSteady } from './useSteady'

/**
 * Route `/giao-uoc` — Giao ước: the pact of the chosen year, or the offer to start one (blank or
 * copied from the year before).
 */
export function PactRoute() {
  const db = useDatabase()
  const [yearId, setYearId] = useState('')
  const screen = usePactScreen(yearId)
  const [message, setMessage] = useState('')
  // Each part keeps its identity while its data is the same, so the editor redraws only what changed.
  const steady = {
    units: useSteady(screen?.units ?? []),
    people: useSteady(screen?.people ?? []),
    record: useSteady(screen?.record ?? null),
    previous: useSteady(screen?.previous ?? null),
    meetings: useSteady(screen?.meetings ?? []),
    progress: useSteady(screen?.progress ?? []),
    entry: useSteady(screen?.entry ?? null),
    profile: useSteady(screen?.profile ?? null),
    cluster: useSteady(screen?.cluster ?? null),
    year: useSteady(screen?.year)
  }

  if (screen === undefined) return <p role="status">Đang tải dữ liệu…</p>
  const { years, previous } = screen
  const { cluster, year, record } = steady
  if (cluster === null) return <p>Chưa có cụm thi đua. Hãy tạo cụm ở màn hình Tổng quan.</p>
  if (!year) return <p>Hãy tạo năm thi đua trước (mục Năm thi đua).</p>

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
            {previous?.record ? (
              <PreviousCopyButton
                yearId={year.id}
                previousYear={previous.year}
                previousPactId={previous.record.pact.id}
                onError={setMessage}
              />
            ) : null}
          </div>
        </div>
      ) : (
        <PactEditor
          key={`${record.pact.id}-${record.pact.status}`}
          cluster={cluster}
          year={year}
          record={record}
          units={steady.units}
          people={steady.people}
          previous={steady.previous}
          profile={steady.profile}
          entry={steady.entry}
          meetings={steady.meetings}
          progress={steady.progress}
        />
      )}
    </section>
  )
}

/** "Sao chép từ giao ước năm …": offered only when that year has a pact to copy. */
function PreviousCopyButton({
  yearId,
  previousYear,
  previousPactId,
  onError
}: {
  yearId: string
  previousYear: ClusterYear
  previousPactId: string
  onError(message: string): void
}) {
  const db = useDatabase()
  return (
    <button
      type="button"
      className="button"
      onClick={() =>
        createPact(db, yearId, previousPactId).catch((e) => onError(String(e.message)))
      }
    >
      Sao chép từ giao ước năm {previousYear.year}
    </button>
  )
}
