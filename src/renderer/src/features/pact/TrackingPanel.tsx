import { useState } from 'react'
import { PROGRESS_WORDS } from '@core/documents/kinds/pact'
import type { ClusterYear, CommitmentProgress } from '@core/model/entities'
import { flattenCommitments } from '@core/rules/pact'
import { todayIso } from '@core/text/dates'
import { useDatabase } from '../../db/DatabaseContext'
import { useProgress } from '../../db/hooks'
import { setProgress, type PactRecord } from '../../db/repositories/pact-repo'

interface Props {
  year: ClusterYear
  record: PactRecord
  unitNameOf(unitId: string): string
}

/**
 * "Theo dõi thực hiện": units × top-level commitments, how far each unit has got, with evidence.
 * Each cell is saved as soon as it changes, so this table has nothing unsaved to lose.
 */
export function TrackingPanel({ year, record, unitNameOf }: Props) {
  const db = useDatabase()
  const top = flattenCommitments(record.commitments).filter((c) => c.depth === 0)
  const progress = useProgress(record.commitments.map((c) => c.id))
  const [error, setError] = useState('')
  const find = (commitmentId: string, unitId: string): CommitmentProgress | undefined =>
    progress?.find((p) => p.commitmentId === commitmentId && p.unitId === unitId)
  const update = (commitmentId: string, unitId: string, patch: Partial<CommitmentProgress>) => {
    const current = find(commitmentId, unitId)
    void setProgress(db, commitmentId, unitId, {
      status: patch.status ?? current?.status ?? 'not-started',
      evidence: patch.evidence ?? current?.evidence ?? '',
      updatedOn: todayIso()
    }).catch((e) => setError(String(e.message)))
  }
  const missing =
    top.length * year.memberUnitIds.length -
    (progress?.filter((p) => p.status === 'done').length ?? 0)
  return (
    <section className="panel" aria-labelledby="pact-tracking">
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
          <tbody>
            {year.memberUnitIds.map((unitId) => (
              <tr key={unitId}>
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
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
