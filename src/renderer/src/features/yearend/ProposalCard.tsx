import { useState } from 'react'
import type { AwardDecision, AwardProposal, AwardType } from '@core/awards/model'
import type { ProposalWarning } from '@core/awards/proposals'
import { issuesFrom, type FieldIssue } from '@core/model/validation'
import { formatDateVi } from '@core/text/dates'
import { DateField } from '../../components/DateField'
import { IssuesAlert } from '../../components/IssuesAlert'
import { useDatabase } from '../../db/DatabaseContext'
import {
  acknowledgeProposalWarning,
  recordProposalDecision,
  setProposalStatus
} from '../../db/repositories/awards-repo'

const STATUS = {
  draft: 'Dự thảo',
  proposed: 'Đề nghị',
  submitted: 'Đã gửi',
  decided: 'Đã có quyết định'
}
const OUTCOME = {
  accepted: 'Được khen',
  refused: 'Không được khen',
  changed: 'Khen hình thức khác'
}

interface Props {
  proposal: AwardProposal
  warnings: ProposalWarning[]
  catalogue: AwardType[]
  issuer: string
}

/**
 * One proposal: its score and vote, the warnings the secretary must read (each acknowledged on
 * its own; a unit flagged vướng mắc cannot be), and the higher level's decision, which becomes
 * the unit's award history.
 */
export function ProposalCard({ proposal: p, warnings, catalogue, issuer }: Props) {
  const db = useDatabase()
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [decision, setDecision] = useState<AwardDecision>(
    p.decision ?? {
      outcome: 'accepted',
      finalAwardTypeId: '',
      number: '',
      date: '',
      issuer,
      note: ''
    }
  )
  // A recorded decision is shown as it stands; changing it is its own act, with a reason.
  const [revising, setRevising] = useState(false)
  const [reason, setReason] = useState('')
  const decided = p.status === 'decided'
  const acknowledged = new Set(p.acknowledgements.map((a) => a.code))
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action()
      setIssues([])
      setRevising(false)
      setReason('')
    } catch (error) {
      setIssues(issuesFrom(error))
    }
  }
  const type = catalogue.find((t) => t.id === p.awardTypeId)
  const set = (patch: Partial<AwardDecision>) => setDecision((d) => ({ ...d, ...patch }))
  const id = (name: string) => `proposal-${p.id}-${name}`
  return (
    <article className="round-card" aria-label={`Đề nghị: ${p.unitName}`}>
      <h3>
        {p.unitName} — {type?.shortName ?? '(không rõ hình thức)'}{' '}
        <small>({STATUS[p.status]})</small>
      </h3>
      <p>{p.summary}</p>
      {warnings.length ? (
        <ul className="plain-list">
          {warnings.map((w) => (
            <li key={w.code} className={w.severity === 'block' ? 'error-text' : 'warning-text'}>
              {w.message}{' '}
              {w.severity === 'block' ? (
                <strong>Không đề nghị được.</strong>
              ) : acknowledged.has(w.code) ? (
                <em>(đã xem)</em>
              ) : (
                <button
                  type="button"
                  className="button"
                  onClick={() => void run(() => acknowledgeProposalWarning(db, p.id, w.code))}
                >
                  Đã xem, vẫn đề nghị
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {p.status !== 'decided' ? (
        <div className="form-actions">
          {p.status === 'draft' ? (
            <button
              type="button"
              className="button"
              onClick={() => void run(() => setProposalStatus(db, p.id, 'proposed'))}
            >
              Đưa vào danh sách đề nghị
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => void run(() => setProposalStatus(db, p.id, 'draft'))}
            >
              Đưa về dự thảo
            </button>
          )}
        </div>
      ) : null}
      {decided && p.decision && !revising ? (
        <div className="form-actions">
          <p>
            Quyết định của cấp trên: {OUTCOME[p.decision.outcome]}
            {p.decision.number ? `, số ${p.decision.number}` : ''}
            {p.decision.date ? ` ngày ${formatDateVi(p.decision.date)}` : ''}
            {p.decision.issuer ? ` (${p.decision.issuer})` : ''}.
          </p>
          <button type="button" className="button" onClick={() => setRevising(true)}>
            Sửa quyết định
          </button>
        </div>
      ) : null}
      {p.status !== 'draft' && (!decided || revising) ? (
        <fieldset className="plain">
          <legend>Quyết định của cấp trên</legend>
          <div className="rules-grid">
            <div className="field">
              <label htmlFor={id('outcome')}>Kết quả</label>
              <select
                id={id('outcome')}
                value={decision.outcome}
                onChange={(e) => set({ outcome: e.target.value as AwardDecision['outcome'] })}
              >
                {Object.entries(OUTCOME).map(([k, v]) => (
                  <option key={k} value={k}>
                    {v}
                  </option>
                ))}
              </select>
            </div>
            {decision.outcome === 'changed' ? (
              <div className="field">
                <label htmlFor={id('final')}>Hình thức được khen</label>
                <select
                  id={id('final')}
                  value={decision.finalAwardTypeId}
                  onChange={(e) => set({ finalAwardTypeId: e.target.value })}
                >
                  <option value="">(chọn)</option>
                  {catalogue
                    .filter((t) => t.id !== p.awardTypeId)
                    .map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.name}
                      </option>
                    ))}
                </select>
              </div>
            ) : null}
            <div className="field narrow">
              <label htmlFor={id('number')}>Số quyết định</label>
              <input
                id={id('number')}
                value={decision.number}
                onChange={(e) => set({ number: e.target.value })}
              />
            </div>
            <DateField
              name={id('date')}
              label="Ngày quyết định"
              value={decision.date}
              onChange={(date) => set({ date })}
            />
            <div className="field wide">
              <label htmlFor={id('issuer')}>Cơ quan ban hành</label>
              <input
                id={id('issuer')}
                value={decision.issuer}
                onChange={(e) => set({ issuer: e.target.value })}
              />
            </div>
          </div>
          {revising ? (
            <div className="field wide">
              <label htmlFor={id('reason')}>Lý do sửa quyết định (ghi vào nhật ký)</label>
              <input id={id('reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          ) : null}
          <div className="form-actions">
            <button
              type="button"
              className="button primary"
              onClick={() =>
                void run(() =>
                  recordProposalDecision(db, p.id, decision, revising ? { reason } : undefined)
                )
              }
            >
              {revising ? 'Lưu quyết định đã sửa' : 'Ghi quyết định'}
            </button>
            {revising ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setRevising(false)
                  setReason('')
                  setDecision(p.decision!)
                  setIssues([])
                }}
              >
                Thôi, giữ quyết định cũ
              </button>
            ) : null}
          </div>
        </fieldset>
      ) : null}
      <IssuesAlert issues={issues} title="Chưa ghi được." />
    </article>
  )
}
