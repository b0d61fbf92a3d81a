import { useState } from 'react'
import { issuesFrom, type FieldIssue } from '@core/model/validation'
import { checkSummaryReady } from '@core/scoring/view'
import { formatDateVi, todayIso } from '@core/text/dates'
import { RecordChangedBanner } from '../../components/concurrency/RecordChangedBanner'
import { useSaveGuard } from '../../components/concurrency/useSaveGuard'
import { DateField } from '../../components/DateField'
import { IssuesAlert } from '../../components/IssuesAlert'
import { useDatabase } from '../../db/DatabaseContext'
import { useYearMeetings } from '../../db/hooks'
import {
  adoptRanking,
  lockRanking,
  rankingRows,
  rankingStamp,
  reopenRanking
} from '../../db/repositories/scoring-ranking-repo'
import { rankingDifferences } from './ranking-compare'
import type { ScoringData } from './useScoringData'

const RANKING_WORDING = {
  changed:
    'Phiếu chấm hoặc quy định chấm điểm của năm vừa được thay đổi ở cửa sổ khác sau khi bạn mở bảng xếp hạng; bảng ở trên đã theo số liệu mới. Hãy bấm “So sánh” để xem đơn vị nào đổi điểm, hạng, rồi “Tải lại” trước khi thông qua hay khóa.',
  refused:
    'Chưa thông qua, chưa khóa: phiếu chấm hoặc quy định của năm vừa được thay đổi ở cửa sổ khác sau khi bạn mở bảng xếp hạng, nên bảng bạn đã xem không còn đúng. Hãy bấm “So sánh” để xem đơn vị nào đổi điểm, hạng, rồi “Tải lại” để xem bảng mới.'
}

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
  // The year-end review's date and the review itself until the secretary picks others. The
  // meetings load after the first drawing, so a default taken then was always today's date.
  const [pickedOn, setAdoptedOn] = useState<string | null>(null)
  const [pickedMeeting, setMeetingId] = useState<string | null>(null)
  const adoptedOn = pickedOn ?? yearEnd?.date ?? todayIso()
  const meetingId = pickedMeeting ?? yearEnd?.id ?? ''
  const [reason, setReason] = useState('')
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [status, setStatus] = useState('')
  const snapshot = record.snapshot
  // The table as the secretary has looked at it: adopting or locking refuses one whose sheets or
  // rules were changed since in another window, until she has compared and taken the new one.
  const guard = useSaveGuard({ updatedAt: rankingStamp(record.sheets, record.rules) })
  const [seen, setSeen] = useState(() => rankingRows(data.facts))
  const pending = [
    ...(rules.status === 'adopted'
      ? []
      : [{ field: 'rules', message: 'Quy định chấm điểm chưa được thông qua (mục «Quy định»).' }]),
    ...checkSummaryReady(data.facts)
  ]

  /** Runs an action on the table; the table it leaves is the one this screen now starts from. */
  async function run(action: () => Promise<[string, string]>) {
    try {
      const [message, stamp] = await action()
      guard.accept({ updatedAt: stamp })
      setStatus(message)
      setIssues([])
    } catch (e) {
      setStatus('')
      setIssues(guard.refuse(e) ? [] : issuesFrom(e))
    }
  }

  const adopt = () =>
    run(async () => {
      const { stamp } = await adoptRanking(
        db,
        record.year.id,
        { adoptedOn, meetingId },
        guard.base()
      )
      return [`Đã thông qua bảng xếp hạng ngày ${formatDateVi(adoptedOn)}.`, stamp]
    })

  /** "Tải lại": the table as it stands now is the one looked at. */
  const reload = () => {
    setSeen(rankingRows(data.facts))
    guard.accept({ updatedAt: rankingStamp(record.sheets, record.rules) })
    setIssues([])
  }

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
      <RecordChangedBanner
        guard={guard}
        dirty={false}
        compare={() => rankingDifferences(seen, rankingRows(data.facts), rules.decimals)}
        onReload={reload}
        columns={{ mine: 'Bảng bạn đã xem', theirs: 'Bảng hiện nay' }}
        wording={RANKING_WORDING}
      />
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
              run(async () => [
                'Đã khóa bảng xếp hạng và các phiếu chấm.',
                await lockRanking(db, record.year.id, guard.base())
              ])
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
                const stamp = await reopenRanking(db, record.year.id, reason)
                setReason('')
                return ['Đã mở lại bảng xếp hạng; các phiếu trở về bước chấm.', stamp]
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
