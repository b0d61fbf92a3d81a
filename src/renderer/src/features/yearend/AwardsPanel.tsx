import { useState } from 'react'
import { proposalWarnings, type ProposalFacts } from '@core/awards/proposals'
import { awardHistory } from '@core/awards/history'
import { messageFrom } from '@core/model/validation'
import { useDatabase } from '../../db/DatabaseContext'
import { proposalsFromBallots } from '../../db/repositories/awards-repo'
import { CatalogueEditor } from './CatalogueEditor'
import { HistoryPanel } from './HistoryPanel'
import { ProposalCard } from './ProposalCard'
import type { YearEndPanelProps } from './YearEndYear'

/**
 * "Khen thưởng": the catalogue, the proposals made from the ranking and the vote with the
 * warnings the secretary must acknowledge, the higher level's decision on each, and each
 * proposed unit's award history (its predecessors' too, through renames and mergers).
 */
export function AwardsPanel({ data, onTab }: YearEndPanelProps) {
  const db = useDatabase()
  const { record } = data
  const { cluster, year } = record.scoring
  const [status, setStatus] = useState('')
  const facts: ProposalFacts = {
    year: year.year,
    catalogue: record.catalogue,
    proposals: record.proposals,
    history: record.pastAwards,
    flagged: data.flagged
  }
  const make = async () => {
    try {
      const made = await proposalsFromBallots(db, year.id)
      setStatus(
        made.length ? `Đã lập ${made.length} đề nghị từ kết quả bình xét.` : 'Không có đề nghị mới.'
      )
    } catch (error) {
      setStatus(messageFrom(error))
    }
  }
  const names = Object.fromEntries(record.scoring.units.map((u) => [u.id, u.name]))
  return (
    <>
      <CatalogueEditor catalogue={record.catalogue} />
      <section className="panel" aria-labelledby="proposals-title">
        <h2 id="proposals-title">Đề nghị khen thưởng năm {year.year}</h2>
        <div className="form-actions">
          <button type="button" className="button primary" onClick={() => void make()}>
            Lập đề nghị từ kết quả bình xét
          </button>
          <button type="button" className="button" onClick={() => onTab('ho-so')}>
            Sang hồ sơ
          </button>
          <span role="status">{status}</span>
        </div>
        {record.proposals.length === 0 ? <p className="muted">Chưa có đề nghị nào.</p> : null}
        {record.proposals.map((p) => (
          <div key={p.id}>
            <ProposalCard
              proposal={p}
              warnings={proposalWarnings(p, facts)}
              catalogue={record.catalogue}
              issuer={cluster.higherBody}
            />
            <details>
              <summary>Khen thưởng đã nhận của {p.unitName}</summary>
              <ul>
                {awardHistory(p.unitId, record.pastAwards, record.lineage, names).map((h) => (
                  <li key={h.award.id}>
                    Năm {h.award.year}: {h.award.title}
                    {h.via ? ` — ${h.via}` : ''}
                  </li>
                ))}
              </ul>
            </details>
          </div>
        ))}
      </section>
      <HistoryPanel data={data} />
    </>
  )
}
