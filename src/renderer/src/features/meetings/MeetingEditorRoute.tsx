import { useParams } from 'react-router'
import { useActiveCluster, useClusterYears, useMeetingRecord, useMemberUnits } from '../../db/hooks'
import { MeetingEditor } from './MeetingEditor'

/** Route `/hoi-nghi/moi` and `/hoi-nghi/:id`: loads what the editor needs, then shows it. */
export function MeetingEditorRoute() {
  const { id } = useParams()
  const cluster = useActiveCluster()
  const years = useClusterYears(cluster?.id)
  const units = useMemberUnits(cluster?.id)
  const record = useMeetingRecord(id)
  if (
    cluster === undefined ||
    years === undefined ||
    units === undefined ||
    (id && record === undefined)
  ) {
    return <p role="status">Đang tải dữ liệu…</p>
  }
  if (cluster === null) return <p>Chưa có cụm thi đua.</p>
  if (id && !record) return <p role="alert">Không tìm thấy hội nghị này.</p>
  if (years.length === 0) return <p>Hãy tạo năm thi đua trước khi thêm hội nghị.</p>
  return (
    <MeetingEditor
      key={`${record?.meeting.id ?? 'new'}-${record?.meeting.status ?? ''}`}
      cluster={cluster}
      years={years}
      units={units}
      record={record ?? null}
    />
  )
}
