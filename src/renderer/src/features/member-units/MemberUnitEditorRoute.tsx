import { useParams } from 'react-router'
import { useActiveCluster, useMemberUnit, useUnitPeople } from '../../db/hooks'
import { MemberUnitEditor } from './MemberUnitEditor'

/** Route `/don-vi/moi` (new) and `/don-vi/:id` (existing): loads the unit, then its editor. */
export function MemberUnitEditorRoute() {
  const { id } = useParams()
  const cluster = useActiveCluster()
  const unit = useMemberUnit(id)
  const people = useUnitPeople(id)
  if (cluster === undefined || (id && (unit === undefined || people === undefined)))
    return <p role="status">Đang tải dữ liệu…</p>
  if (cluster === null) return <p>Chưa có cụm thi đua.</p>
  if (id && !unit) return <p role="alert">Không tìm thấy đơn vị này.</p>
  return (
    <MemberUnitEditor
      key={unit?.id ?? 'new'}
      cluster={cluster}
      unit={unit ?? null}
      people={people ?? []}
    />
  )
}
