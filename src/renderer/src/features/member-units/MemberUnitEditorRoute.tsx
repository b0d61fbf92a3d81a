import { useParams } from 'react-router'
import { useActiveCluster, useMemberUnitRecord } from '../../db/hooks'
import { MemberUnitEditor } from './MemberUnitEditor'

/** Route `/don-vi/moi` (new) and `/don-vi/:id` (existing): loads the unit, then its editor. */
export function MemberUnitEditorRoute() {
  const { id } = useParams()
  const cluster = useActiveCluster()
  const record = useMemberUnitRecord(id)
  if (cluster === undefined || (id && record === undefined))
    return <p role="status">Đang tải dữ liệu…</p>
  if (cluster === null) return <p>Chưa có cụm thi đua.</p>
  if (id && !record) return <p role="alert">Không tìm thấy đơn vị này.</p>
  return (
    <MemberUnitEditor
      key={record?.unit.id ?? 'new'}
      cluster={cluster}
      unit={record?.unit ?? null}
      people={record?.people ?? []}
    />
  )
}
