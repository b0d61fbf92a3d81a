import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { MEETING_TYPE_LABELS } from '@core/documents/kinds/minutes'
import type { Meeting } from '@core/model/entities'
import { formatDateVi } from '@core/text/dates'
import { useMeetingsList } from '../../db/queries/meeting-screen'
import { YearOptions } from '../../components/Options'
import { useWindowRows } from '../../components/useWindowRows'
import { WindowedBody } from '../../components/WindowedBody'
import { filterMeetings } from './meetings-list'

const STATUS: Record<Meeting['status'], string> = {
  planned: 'Dự kiến',
  draft: 'Chưa hoàn tất biên bản',
  finalised: 'Đã hoàn tất biên bản'
}

/**
 * Hội nghị & Biên bản: the meetings of the year in progress (the latest not in the future) or of
 * the year chosen — every year's with "Tất cả" — by type, with search. Only the chosen year is
 * read (cluster, years and meetings in one live query), and a long list draws only the rows on
 * screen.
 */
export function MeetingsPage() {
  // null until the secretary chooses: then the year in progress.
  const [chosenYear, setYearId] = useState<string | null>(null)
  const data = useMeetingsList(chosenYear)
  const [type, setType] = useState('')
  const [query, setQuery] = useState('')
  const meetings = data?.meetings
  const shown = useMemo(
    () => filterMeetings(meetings ?? [], { type, query }),
    [meetings, type, query]
  )
  const years = data?.years
  const yearOf = useMemo(() => new Map(years?.map((y) => [y.id, y.year])), [years])
  const rows = useWindowRows(shown.length)
  if (data === undefined || meetings === undefined || years === undefined)
    return <p role="status">Đang tải dữ liệu…</p>
  if (data.cluster === null) return <p>Chưa có cụm thi đua. Hãy tạo cụm ở màn hình Tổng quan.</p>
  // The select follows the choice at once; the list follows when its year has been read.
  const yearId = chosenYear ?? data.yearId
  return (
    <section aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">Hội nghị &amp; Biên bản</h1>
        {years.length > 0 ? (
          <Link className="button primary" to="/hoi-nghi/moi">
            Thêm hội nghị
          </Link>
        ) : null}
      </header>
      {years.length === 0 ? (
        <p>Hãy tạo năm thi đua trước (mục Năm thi đua), rồi thêm hội nghị của năm đó.</p>
      ) : null}
      <div className="toolbar" role="search">
        <div className="field">
          <label htmlFor="meeting-search">Tìm hội nghị</label>
          <input
            id="meeting-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field narrow">
          <label htmlFor="meeting-year">Năm</label>
          <select id="meeting-year" value={yearId} onChange={(e) => setYearId(e.target.value)}>
            <option value="">Tất cả các năm</option>
            <YearOptions years={years} />
          </select>
        </div>
        <div className="field narrow">
          <label htmlFor="meeting-type">Loại</label>
          <select id="meeting-type" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">Tất cả</option>
            {Object.entries(MEETING_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {shown.length > 0 ? (
        <table className="table panel-table">
          <thead>
            <tr>
              <th scope="col">Ngày</th>
              <th scope="col">Hội nghị</th>
              <th scope="col">Loại</th>
              <th scope="col">Năm</th>
              <th scope="col">Tình trạng</th>
            </tr>
          </thead>
          <WindowedBody
            rows={rows}
            columns={5}
            rowKey={(index) => shown[index]!.id}
            row={(index) => {
              const m = shown[index]!
              return (
                <tr data-index={index} ref={rows.measure}>
                  <td>{formatDateVi(m.date)}</td>
                  <td>
                    <Link to={`/hoi-nghi/${m.id}`}>{m.title}</Link>
                  </td>
                  <td>{MEETING_TYPE_LABELS[m.type]}</td>
                  <td>{yearOf.get(m.clusterYearId) ?? ''}</td>
                  <td>{STATUS[m.status]}</td>
                </tr>
              )
            }}
          />
        </table>
      ) : (
        <p>
          {meetings.length > 0
            ? 'Không có hội nghị nào khớp.'
            : data.yearId
              ? `Năm ${yearOf.get(data.yearId)} chưa có hội nghị nào.`
              : 'Chưa có hội nghị nào.'}
        </p>
      )}
    </section>
  )
}
