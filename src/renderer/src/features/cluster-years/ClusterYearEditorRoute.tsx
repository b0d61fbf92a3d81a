import { useEffect, useState } from 'react'
import { useParams } from 'react-router'
import { useDatabase } from '../../db/DatabaseContext'
import { useActiveCluster, useClusterYear, useClusterYears, useMemberUnits } from '../../db/hooks'
import { planNextYear, type ClusterYearInput } from '../../db/repositories/cluster-years-repo'
import { ClusterYearEditor } from './ClusterYearEditor'

/** Route `/nam-thi-dua/moi` (a new year, proposed) and `/nam-thi-dua/:id`. */
export function ClusterYearEditorRoute() {
  const { id } = useParams()
  const db = useDatabase()
  const cluster = useActiveCluster()
  const existing = useClusterYear(id)
  const units = useMemberUnits(cluster?.id)
  const years = useClusterYears(cluster?.id)
  const [plan, setPlan] = useState<ClusterYearInput | null>(null)
  useEffect(() => {
    if (!id && cluster) void planNextYear(db, cluster.id).then(setPlan)
  }, [db, id, cluster])
  if (
    cluster === undefined ||
    units === undefined ||
    years === undefined ||
    (id ? existing === undefined : plan === null)
  ) {
    return <p role="status">Đang tải dữ liệu…</p>
  }
  if (cluster === null) return <p>Chưa có cụm thi đua.</p>
  if (id && !existing) return <p role="alert">Không tìm thấy năm thi đua này.</p>
  const initial: ClusterYearInput = existing ?? plan!
  return (
    <ClusterYearEditor
      key={existing?.id ?? 'new'}
      cluster={cluster}
      units={units}
      years={years}
      existing={existing ?? null}
      initial={initial}
    />
  )
}
