import { useParams } from 'react-router'
import { useMeetingScreen } from '../../db/queries/meeting-screen'
import { MeetingEditor } from './MeetingEditor'

/** Route `/hoi-nghi/moi` and `/hoi-nghi/:id`: loads what the editor needs, then shows it. */
export function MeetingEditorRoute() {
  const { id } = useParams()
  const screen = useMeetingScreen(id)
  if (screen === undefined) return <p role="status">Đang tải dữ liệu…</p>
  const { cluster, years, units, peopleByUnit, record, minutes } = screen
  if (cluster === null) return <p>Chưa có cụm thi đua.</p>
  if (id && !record) return <p role="alert">Không tìm thấy hội nghị này.</p>
  if (years.length === 0) return <p>Hãy tạo năm thi đua trước khi thêm hội nghị.</p>
  return (
    <MeetingEditor
      key={`${record?.meeting.id ?? 'new'}-${record?.meeting.status ?? ''}`}
      cluster={cluster}
      years={years}
      units={units}
      peopleByUnit={peopleByUnit}
      record={record ?? null}
      minutes={minutes}
    />
  )
}
