import { useState } from 'react'
import { issuesFrom, type FieldIssue } from '@core/model/validation'
import { checkSummaryReady } from '@core/scoring/view'
import { formatDateVi, todayIso } from '@core/text/dates'
import { DateField } from '../../components/DateField'
import { IssuesAlert } from '../../components/IssuesAlert'
import { useDatabase } from '../../db/DatabaseContext'
import { useYearMeetings } from '../../db/hooks'
import {
  adoptRanking,
  lockRanking,
  reopenRanking
} from '../../db/repositories/scoring-ranking-repo'
import type { ScoringData } from './useScoringData'

/**
 * Adopting the score table at the year-end meeting, locking it, or reopening it with a reason.
 * What still keeps it from being final (sheets missing or not reviewed, criteria unscored, rules
 * not adopted) is listed before the button.
 */
export function RankingAdoption({ data, stale }: { data: ScoringData; stale: boolean }) {
  const db = useDatabase()
  const { record, rules } = data
  const ofYear = useYearMeetings(record.cluster.id, record.year.id) ?? []
  const yearEnd = ofYear.find((m) => m.type === 'year-end-review')
  const [adoptedOn, setAdoptedOn] = useState(yearEnd?.date ?? todayIso())
  const [meetingId, setMeetingId] = useState(yearEnd?.id ?? '')
  const [reason, setReason] = useState('')
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [status, setStatus] = useState('')
  const snapshot = record.snapshot
  const pending = [
    ...(rules.status === 'adopted'
      ? []
      : [{ field: 'rules', message: 'Quy định chấm điểm chưa được thông qua (mục «Quy định»).' }]),
    ...checkSummaryReady(data.facts)
  ]

  async function run(action: () => Promise<string>) {
    try {
      setStatus(await action())
      setIssues([])
    } catch (e) {
      setStatus('')
      setIssues(issuesFrom(e))
    }
  }

  const adopt = () =>
    run(async () => {
      await adoptRanking(db, record.year.id, { adoptedOn, meetingId })
      return `Đã thông qua bảng xếp hạng ngày ${formatDateVi(adoptedOn)}.`
    })

  return (
    <section className="panel" aria-labelledby="adopt-title">
      <h2 id="adopt-title">Thông qua và khóa bảng xếp hạng</h2>
      {snapshot?.status === 'locked' ? (
        <p className="notice">
          Bảng xếp hạng đã thông qua ngày {formatDateVi(snapshot.adoptedOn)} và đã khóa. Sửa một
          phiếu sau khi khóa phải ghi lý do (mục «Phiếu từng đơn vị»); nhật ký thay đổi giữ lại bản
          trước.
          {stale ? ' Số liệu hiện tại đã khác bảng đã thông qua.' : ''}
        </p>
      ) : null}
      {snapshot?.status === 'adopted' ? (
        <p className="notice">
          Đã thông qua ngày {formatDateVi(snapshot.adoptedOn)}; các phiếu đã được thông qua cùng
          bảng. Khóa để kết thúc việc chấm điểm năm {record.year.year}.
        </p>
      ) : null}
      <IssuesAlert issues={issues} />
      {!snapshot || (snapshot.status === 'adopted' && stale) ? (
        <>
          {pending.length ? (
            <div className="alert warning" role="note">
              <p>
                <strong>Chưa thông qua được:</strong>
              </p>
              <ul>
                {pending.map((p) => (
                  <li key={p.field + p.message}>{p.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="form-actions">
            <DateField
              name="adoptedOn"
              label="Ngày thông qua"
              value={adoptedOn}
              onChange={setAdoptedOn}
            />
            <div className="field">
              <label htmlFor="adopt-meeting">Tại hội nghị</label>
              <select
                id="adopt-meeting"
                value={meetingId}
                onChange={(e) => setMeetingId(e.target.value)}
              >
                <option value="">(không ghi hội nghị)</option>
                {ofYear.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title} ({formatDateVi(m.date)})
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button primary"
              disabled={pending.length > 0}
              onClick={adopt}
            >
              {snapshot ? 'Thông qua lại bảng xếp hạng' : 'Thông qua bảng xếp hạng'}
            </button>
          </div>
        </>
      ) : null}
      {snapshot?.status === 'adopted' ? (
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            onClick={() =>
              run(async () => {
                await lockRanking(db, record.year.id)
                return 'Đã khóa bảng xếp hạng và các phiếu chấm.'
              })
            }
          >
            Khóa bảng xếp hạng
          </button>
          <div className="field">
            <label htmlFor="reopen-reason">Lý do mở lại</label>
            <input id="reopen-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button
            type="button"
            className="button"
            onClick={() =>
              run(async () => {
                await reopenRanking(db, record.year.id, reason)
                setReason('')
                return 'Đã mở lại bảng xếp hạng; các phiếu trở về bước chấm.'
              })
            }
          >
            Mở lại
          </button>
        </div>
      ) : null}
      <p role="status" className="save-status">
        {status}
      </p>
    </section>
  )
}
