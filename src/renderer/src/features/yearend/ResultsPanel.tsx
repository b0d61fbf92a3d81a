import { useState } from 'react'
import { buildBallotTallyDocument } from '@core/documents/kinds/ballot-tally'
import { awardNames } from '@core/documents/kinds/year-end-common'
import { messageFrom } from '@core/model/validation'
import { useDatabase } from '../../db/DatabaseContext'
import { useFormatProfile } from '../../db/hooks'
import { reapplyYearEndEffects } from '../../db/repositories/year-end-effects'
import { DocumentActions } from '../../documents/DocumentActions'
import { MinutesWithSections } from './MinutesWithSections'
import type { YearEndPanelProps } from './YearEndYear'

const DECIDED_BY = { votes: '', 'higher-score': ' (điểm cao hơn)', chair: ' (chủ trì quyết định)' }

/**
 * "Kết quả": each section's result over its rounds (who was chosen, in which round, with the share
 * and its base), what the results set — the year's leading unit, next year's cụm trưởng and cụm
 * phó — and the Biên bản kiểm phiếu of each vote with all its rounds.
 */
export function ResultsPanel({ data, onTab }: YearEndPanelProps) {
  const db = useDatabase()
  const { record } = data
  const { cluster, year } = record.scoring
  const profile = useFormatProfile(cluster.id)
  const [status, setStatus] = useState('')
  const [chainIndex, setChainIndex] = useState(0)
  const [doc, setDoc] = useState<'tally' | 'minutes'>('tally')
  if (data.chains.length === 0)
    return (
      <div className="panel">
        <p>Chưa có phiếu nào được chốt kết quả (mục «Kiểm phiếu»).</p>
      </div>
    )
  const chain = data.chains[Math.min(chainIndex, data.chains.length - 1)]!
  const meeting = record.meetings.find((m) => m.id === chain[0]!.ballot.meetingId)
  const model =
    profile && meeting
      ? buildBallotTallyDocument(
          {
            cluster,
            year,
            meeting,
            unitNames: data.factsFor(meeting.id)!.meeting.unitNames,
            attendances: record.attendances.filter((a) => a.meetingId === meeting.id),
            rounds: chain,
            awardNames: awardNames(record.catalogue)
          },
          null,
          profile
        )
      : null
  const apply = async () => {
    try {
      const outcome = await reapplyYearEndEffects(db, year.id)
      setStatus(
        [
          outcome.electionApplied ? `Đã ghi Cụm trưởng, Cụm phó năm ${year.year + 1}.` : '',
          ...outcome.notes
        ]
          .filter(Boolean)
          .join(' ') || 'Không có gì thay đổi.'
      )
    } catch (error) {
      setStatus(messageFrom(error))
    }
  }
  const next = record.nextYear
  return (
    <>
      <section className="panel no-print" aria-labelledby="results-title">
        <h2 id="results-title">Kết quả bình xét năm {year.year}</h2>
        {data.results.map((s) => (
          <div key={`${s.key}-${s.section.title}`} className="round-card">
            <h3>{s.section.title}</h3>
            {s.rounds.map((r) => (
              <p key={r.round}>
                Lần {r.round} ({r.outcome.tally.basePhrase}):{' '}
                {r.outcome.rows.map((row) => `${row.candidate.label} ${row.shareWords}`).join('; ')}
                {r.outcome.tie?.state === 'revote' ? ' — bằng phiếu, bỏ phiếu lại.' : ''}
              </p>
            ))}
            <p>
              <strong>
                {s.complete
                  ? s.elected.length
                    ? `Được chọn: ${s.elected.map((e) => `${e.label} (lần ${e.round}${DECIDED_BY[e.row.decidedBy ?? 'votes']})`).join(', ')}.`
                    : 'Không đơn vị nào đạt.'
                  : 'Chưa xong: còn chờ bỏ phiếu lại hoặc quyết định của chủ trì.'}
              </strong>
            </p>
          </div>
        ))}
        <p>
          Đơn vị dẫn đầu năm {year.year}:{' '}
          <strong>{year.leadingUnitId ? data.unitName(year.leadingUnitId) : 'chưa có'}</strong>.
          {next
            ? ` Năm ${next.year}: Cụm trưởng ${next.leaderUnitId ? data.unitName(next.leaderUnitId) : '(chưa có)'}, Cụm phó ${next.deputyUnitId ? data.unitName(next.deputyUnitId) : '(chưa có)'}.`
            : ` Chưa có năm ${year.year + 1} trong mục Năm thi đua.`}
        </p>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void apply()}>
            Áp dụng kết quả
          </button>
          <button type="button" className="button" onClick={() => onTab('khen-thuong')}>
            Sang đề nghị khen thưởng
          </button>
          <span role="status">{status}</span>
        </div>
        <div className="field">
          <label htmlFor="results-doc">Văn bản</label>
          <select
            id="results-doc"
            value={doc}
            onChange={(e) => setDoc(e.target.value as 'tally' | 'minutes')}
          >
            <option value="tally">Biên bản kiểm phiếu</option>
            <option value="minutes">Biên bản hội nghị (có kết quả chấm điểm, bình xét)</option>
          </select>
        </div>
        {data.chains.length > 1 ? (
          <div className="field">
            <label htmlFor="tally-chain">Cuộc bỏ phiếu</label>
            <select
              id="tally-chain"
              value={chainIndex}
              onChange={(e) => setChainIndex(Number(e.target.value))}
            >
              {data.chains.map((c, i) => (
                <option key={c[0]!.ballot.id} value={i}>
                  {c[0]!.ballot.title} ({c.length} lần)
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {!meeting ? (
          <p className="muted">Phiếu chưa gắn với hội nghị nên chưa lập được biên bản.</p>
        ) : null}
      </section>
      {doc === 'minutes' && meeting ? (
        <MinutesWithSections data={data} meetingId={meeting.id} />
      ) : (
        <DocumentActions
          model={model}
          label="Biên bản"
          title={`kiểm phiếu bình xét thi đua năm ${year.year}`}
        />
      )}
    </>
  )
}
