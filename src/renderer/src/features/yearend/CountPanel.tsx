import { useMemo, useState } from 'react'
import { absentElectors } from '@core/ballot/checks'
import { countOutcome } from '@core/ballot/result'
import type { TallyEntry } from '@core/ballot/model'
import { issuesFrom, type FieldIssue } from '@core/model/validation'
import { Field } from '../../components/Field'
import { IssuesAlert } from '../../components/IssuesAlert'
import { useDatabase } from '../../db/DatabaseContext'
import { finaliseCount, reconcileEntries, saveTallyEntry } from '../../db/repositories/ballots-repo'
import { attendanceFor } from '../../db/repositories/year-end-repo'
import { BoardEditor } from './BoardEditor'
import { ChairDecision } from './ChairDecision'
import { TallyGrid } from './TallyGrid'
import type { AbsentVoters } from './WrittenOpinions'
import type { YearEndPanelProps } from './YearEndYear'

/**
 * "Kiểm phiếu": the board and the papers, then two board members enter the tallies separately.
 * Every difference between the two entries is listed; the board re-reads the papers and corrects
 * one entry with a note, and only when they agree is there a result to "Chốt kết quả". A tie left
 * to a re-vote then gives the next round's paper.
 */
export function CountPanel({ data, onTab }: YearEndPanelProps) {
  const db = useDatabase()
  const { record } = data
  const year = record.scoring.year
  const ballots = record.ballots
  // Until the secretary picks one, the count shown is the first ballot not yet counted (a new
  // round appears here as soon as the tie creates it).
  const [picked, setPicked] = useState('')
  const ballotId =
    picked || (ballots.find((b) => b.status !== 'counted') ?? ballots[ballots.length - 1])?.id || ''
  const setBallotId = setPicked
  const [fixing, setFixing] = useState<0 | 1>(1)
  const [note, setNote] = useState('')
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [status, setStatus] = useState('')
  const ballot = ballots.find((b) => b.id === ballotId)
  const count = record.counts.find((c) => c.ballotId === ballotId)
  const presence = useMemo(
    () => (ballot ? attendanceFor(ballot, year, record.attendances) : null),
    [ballot, year, record.attendances]
  )
  const outcome = useMemo(() => {
    if (!ballot || !count || !presence) return null
    return countOutcome(ballot, count, presence.attendance, presence.absentUnitIds)
  }, [ballot, count, presence])
  const absent: AbsentVoters = useMemo(() => {
    if (!ballot || !presence) return { count: 0, units: [] }
    const found = absentElectors(
      ballot,
      { present: count?.present ?? null },
      presence.attendance,
      presence.absentUnitIds
    )
    return {
      count: found.count,
      units: (found.unitIds ?? []).map((id) => ({ id, name: data.unitName(id) }))
    }
  }, [ballot, presence, count?.present, data])
  if (!ballot)
    return (
      <div className="panel">
        <p>Chưa có phiếu. Hãy lập và in phiếu ở mục «Phiếu bình xét».</p>
      </div>
    )
  const locked = count?.status === 'final'
  const entries = count?.entries ?? []
  const save = (slot: 0 | 1) => async (entry: Omit<TallyEntry, 'savedAt'>) => {
    try {
      await saveTallyEntry(db, ballot.id, slot, entry)
      return []
    } catch (error) {
      return issuesFrom(error)
    }
  }
  const reconcile = async (entry: Omit<TallyEntry, 'savedAt'>) => {
    try {
      await reconcileEntries(db, ballot.id, fixing, entry, note)
      setNote('')
      return []
    } catch (error) {
      return issuesFrom(error)
    }
  }
  const finalise = async () => {
    try {
      const done = await finaliseCount(db, ballot.id)
      setIssues([])
      const parts = ['Đã chốt kết quả kiểm phiếu.']
      if (done.nextBallot)
        parts.push(
          `Có đơn vị bằng phiếu: đã lập phiếu bỏ phiếu lần ${done.nextBallot.round} trong số các đơn vị bằng phiếu (mục «Phiếu bình xét»).`
        )
      parts.push(...done.effects.notes)
      setStatus(parts.join(' '))
    } catch (error) {
      setIssues(issuesFrom(error))
    }
  }
  const board = count?.board ?? []
  return (
    <section className="panel" aria-labelledby="count-title">
      <h2 id="count-title">Kiểm phiếu</h2>
      <div className="field">
        <label htmlFor="count-ballot">Phiếu</label>
        <select id="count-ballot" value={ballotId} onChange={(e) => setBallotId(e.target.value)}>
          {ballots.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title} — lần {b.round}
              {b.status === 'counted' ? ' (đã chốt)' : ''}
            </option>
          ))}
        </select>
      </div>
      <BoardEditor
        key={`board-${ballot.id}`}
        ballot={ballot}
        count={count}
        members={year.memberUnitIds}
        unitName={data.unitName}
        locked={locked}
      />
      {count ? (
        <div className="two-columns">
          <TallyGrid
            key={`a-${ballot.id}-${entries[0]?.savedAt ?? ''}`}
            label="A"
            ballot={ballot}
            board={board}
            entry={entries[0]}
            locked={locked}
            absent={absent}
            submitLabel="Lưu lần nhập A"
            onSubmit={save(0)}
          />
          {count.doubleEntry && entries[0] ? (
            <TallyGrid
              key={`b-${ballot.id}-${entries[1]?.savedAt ?? ''}`}
              label="B"
              ballot={ballot}
              board={board}
              entry={entries[1]}
              locked={locked}
              absent={absent}
              submitLabel="Lưu lần nhập B"
              onSubmit={save(1)}
            />
          ) : null}
        </div>
      ) : (
        <p className="muted">Lưu Ban kiểm phiếu và số phiếu trước khi nhập kết quả.</p>
      )}
      {outcome?.status === 'differ' ? (
        <div className="alert error" role="alert">
          <p>
            <strong>
              Hai lần nhập khác nhau ở {outcome.comparison.differences.length} chỗ — chưa có kết
              quả.
            </strong>{' '}
            Ban kiểm phiếu đọc lại phiếu rồi sửa lần nhập sai.
          </p>
          <ul className="differences">
            {outcome.comparison.differences.map((d) => (
              <li key={d.message}>{d.message}</li>
            ))}
          </ul>
          <div className="field">
            <label htmlFor="fix-which">Lần nhập cần sửa</label>
            <select
              id="fix-which"
              value={fixing}
              onChange={(e) => setFixing(Number(e.target.value) as 0 | 1)}
            >
              <option value={0}>Lần nhập A</option>
              <option value={1}>Lần nhập B</option>
            </select>
          </div>
          <TallyGrid
            key={`fix-${fixing}-${entries[fixing]?.savedAt ?? ''}`}
            label={`Sửa ${'AB'[fixing]}`}
            ballot={ballot}
            board={board}
            entry={entries[fixing]}
            locked={locked}
            absent={absent}
            submitLabel="Lưu bản đã đối chiếu"
            onSubmit={reconcile}
          >
            <Field
              name="fix-note"
              label="Cách đối chiếu (ghi vào biên bản)"
              value={note}
              placeholder="Đọc lại phiếu thứ 3, mục II"
              onChange={setNote}
            />
          </TallyGrid>
        </div>
      ) : null}
      {outcome &&
      (outcome.status === 'invalid' || outcome.status === 'waiting') &&
      entries.length ? (
        <div className="alert warning" role="note">
          <p>Chưa có kết quả:</p>
          <ul>
            {outcome.issues
              .filter((i) => i.severity === 'error')
              .map((i) => (
                <li key={i.message}>{i.message}</li>
              ))}
          </ul>
        </div>
      ) : null}
      {outcome?.status === 'ready' ? (
        <div className="alert success" role="note">
          <p>
            {count?.doubleEntry ? 'Hai lần nhập khớp nhau. ' : ''}
            {outcome.sections
              .map(
                (s) =>
                  `${s.section.title}: ${s.rows.map((r) => `${r.candidate.label} ${r.inFavour} phiếu`).join(', ')}`
              )
              .join('. ')}
            .
          </p>
          {outcome.warnings.map((w) => (
            <p key={w.message}>{w.message}</p>
          ))}
        </div>
      ) : null}
      {outcome?.status === 'ready' && !locked
        ? outcome.sections
            .filter((o) => o.tie?.state === 'chair')
            .map((o) => <ChairDecision key={o.section.key} ballotId={ballot.id} outcome={o} />)
        : null}
      <IssuesAlert issues={issues} title="Chưa chốt được." />
      <div className="form-actions">
        {!locked ? (
          <button
            type="button"
            className="button primary"
            disabled={outcome?.status !== 'ready'}
            onClick={() => void finalise()}
          >
            Chốt kết quả
          </button>
        ) : (
          <button type="button" className="button" onClick={() => onTab('ket-qua')}>
            Xem kết quả
          </button>
        )}
        <span role="status">{status}</span>
      </div>
    </section>
  )
}
