import type { ClusterYear } from '@core/model/entities'
import type { OfficeDatabase } from '../database'

/** The years of a cluster, newest first. */
export async function listClusterYears(
  db: OfficeDatabase,
  clusterId: string
): Promise<ClusterYear[]> {
  const rows = await db.clusterYears.where('clusterId').equals(clusterId).toArray()
  return rows.sort((a, b) => b.year - a.year)
}
