import { memo, useMemo, useState } from 'react'
import { PROGRESS_WORDS } from '@core/documents/kinds/pact'
import type { ClusterYear, CommitmentProgress, PactCommitment } from '@core/model/entities'
import { flattenCommitments } from '@core/rules/pact'
import { todayIso } from '@core/text/dates'
import { useWindowRows, VIRTUAL_FROM } from '../../components/useWindowRows'
import { WindowedBody } from '../../components/WindowedBody'
import { useDatabase } from '../../db/DatabaseContext'
import { setProgress } from '../../db/repositories/pact-repo'
import { useNearScreen } from './useNearScreen'

interface Props {
  year: ClusterYear
  /** The pact's commitments as stored. */
  commitments: PactCommitment[]
  /** The tracking entries of those commitments. */
  progress: CommitmentProgress[]
  unitNameOf(unitId: string): string
}

/** A unit's row: its name, and a status and an evidence field per commitment. */
const ROW_HEIGHT = 120

const cellKey = (commitmentId: string, unitId: string) => `${commitmentId}\u0000${unitId}`

/**
 * "Theo dõi thực hiện": units × top-level commitments, how far each unit has got, with evidence.
 * Each cell is saved as soon as it changes, so this table has nothing unsaved to lose.
 */
export const TrackingPanel = memo(function TrackingPanel({
  year,
  commitments,
  progress,
  unitNameOf
}: Props) {
  const db = useDatabase()
  const top = useMemo(
    () => flattenCommitments(commitments).filter((c) => c.depth === 0),
    [commitments]
  )
  // One look-up per cell: 300 units × the commitments, each against every entry, was quadratic.
  const byCell = useMemo(
    () => new Map(progress.map((p) => [cellKey(p.commitmentId, p.unitId), p])),
    [progress]
  )
  const [error, setError] = useState('')
  // A cluster of 300 units draws the rows on screen only (the 15 of a usual cluster all), and
  // none until the table comes near the screen: till then, their room is kept.
  const unitCount = year.memberUnitIds.length
  const place = useNearScreen<HTMLElement>(unitCount >= VIRTUAL_FROM)
  const rows = useWindowRows(place.near ? unitCount : 0, ROW_HEIGHT)
  const waiting = place.near ? 0 : unitCount * ROW_HEIGHT
  const find = (commitmentId: string, unitId: string): CommitmentProgress | undefined =>
    byCell.get(cellKey(commitmentId, unitId))
  const update = (commitmentId: string, unitId: string, patch: Partial<CommitmentProgress>) => {
    const current = find(commitmentId, unitId)
    void setProgress(db, commitmentId, unitId, {
      status: patch.status ?? current?.status ?? 'not-started',
      evidence: patch.evidence ?? current?.evidence ?? '',
      updatedOn: todayIso()
    }).catch((e) => setError(String(e.message)))
  }
  const missing =
    top.length * year.memberUnitIds.length - progress.filter((p) => p.status === 'done').length
  return (
    <section ref={place.ref} className="panel" aria-labelledby="pact-tracking">
      <h2 id="pact-tracking">Theo dõi thực hiện</h2>
      <p className="muted" role="status">
        Còn {missing} ô chưa hoàn thành.
      </p>
      {error ? <p className="field-error">{error}</p> : null}
      <div className="tracking-wrap">
        <table className="table tracking" aria-label="Bảng theo dõi thực hiện giao ước">
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              {top.map((c) => (
                <th scope="col" key={c.id} title={c.text}>
                  ND {c.label.replace('.', '')}
                </th>
              ))}
            </tr>
          </thead>
          <WindowedBody
            rows={rows}
            columns={top.length + 1}
            waiting={waiting}
            rowKey={(index) => year.memberUnitIds[index]!}
            row={(index) => {
              const unitId = year.memberUnitIds[index]!
              return (
                <tr data-index={index} ref={rows.measure}>
                  <th scope="row">{unitNameOf(unitId)}</th>
                  {top.map((c) => {
                    const p = find(c.id, unitId)
                    const cell = `${unitNameOf(unitId)}, nội dung ${c.label.replace('.', '')}`
                    return (
                      <td key={c.id} className={`status-${p?.status ?? 'not-started'}`}>
                        <select
                          aria-label={`${cell}: tình trạng`}
                          value={p?.status ?? 'not-started'}
                          onChange={(e) =>
                            update(c.id, unitId, {
                              status: e.target.value as CommitmentProgress['status']
                            })
                          }
                        >
                          {Object.entries(PROGRESS_WORDS).map(([v, l]) => (
                            <option key={v} value={v}>
                              {l}
                            </option>
                          ))}
                        </select>
                        <input
                          aria-label={`${cell}: minh chứng`}
                          placeholder="Minh chứng"
                          defaultValue={p?.evidence ?? ''}
                          onBlur={(e) =>
                            e.target.value !== (p?.evidence ?? '') &&
                            update(c.id, unitId, { evidence: e.target.value })
                          }
                        />
                      </td>
                    )
                  })}
                </tr>
              )
            }}
          />
        </table>
      </div>
    </section>
  )
})
