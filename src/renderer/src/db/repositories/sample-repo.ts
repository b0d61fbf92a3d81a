import { buildSampleDataset } from '@core/sample/sample-dataset'
import { nowIso } from '@core/model/ids'
import type { Cluster } from '@core/model/entities'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { SETTING_KEYS, setSetting } from './settings-repo'

/** True when the database holds no cluster at all: the first run, or after removing the sample. */
export async function isDatabaseEmpty(db: OfficeDatabase): Promise<boolean> {
  return (await db.clusters.count()) === 0
}

/** The loaded sample cluster, if any. */
export async function findSampleCluster(db: OfficeDatabase): Promise<Cluster | undefined> {
  return db.clusters.filter((c) => c.isSample).first()
}

/**
 * Loads the built-in sample cluster (Cụm thi đua số 1, Hà Nội) in one transaction and makes it
 * the active cluster. Loading twice is refused, so the sample never appears in duplicate.
 */
export async function loadSampleCluster(db: OfficeDatabase): Promise<Cluster> {
  const data = buildSampleDataset(nowIso())
  return db.transaction(
    'rw',
    [
      db.clusters,
      db.memberUnits,
      db.clusterYears,
      db.pacts,
      db.pactCommitments,
      db.meetings,
      db.attendances,
      db.guests,
      db.remarks,
      db.compositions,
      db.settings,
      db.auditLog
    ],
    async () => {
      const existing = await findSampleCluster(db)
      if (existing) return existing
      await db.clusters.bulkAdd(data.clusters)
      await db.memberUnits.bulkAdd(data.memberUnits)
      await db.clusterYears.bulkAdd(data.clusterYears)
      await db.pacts.bulkAdd(data.pacts)
      await db.pactCommitments.bulkAdd(data.pactCommitments)
      await db.meetings.bulkAdd(data.meetings)
      await db.attendances.bulkAdd(data.attendances)
      await db.guests.bulkAdd(data.guests)
      await db.remarks.bulkAdd(data.remarks)
      await db.compositions.bulkAdd(data.compositions)
      const cluster = data.clusters[0]!
      await setSetting(db, SETTING_KEYS.activeClusterId, cluster.id)
      await setSetting(db, SETTING_KEYS.firstRunDone, true)
      await recordAudit(db, {
        table: 'clusters',
        entityId: cluster.id,
        action: 'load-sample',
        summary: `Nạp dữ liệu mẫu: ${cluster.name} (${data.memberUnits.length} đơn vị)`
      })
      return cluster
    }
  )
}

/**
 * Deletes a cluster and everything that hangs off it (units, people, years, pacts, criteria,
 * scores, ballots, awards, meetings and their parts, register entries, compositions) in one transaction: all of it goes, or
 * nothing does. The audit log is kept and records the deletion.
 */
export async function deleteClusterCascade(db: OfficeDatabase, clusterId: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const cluster = await db.clusters.get(clusterId)
    if (!cluster) return
    const unitIds = await db.memberUnits.where('clusterId').equals(clusterId).primaryKeys()
    const yearIds = await db.clusterYears.where('clusterId').equals(clusterId).primaryKeys()
    const pactIds = await db.pacts.where('clusterYearId').anyOf(yearIds).primaryKeys()
    const commitmentIds = await db.pactCommitments.where('pactId').anyOf(pactIds).primaryKeys()
    const meetingIds = await db.meetings.where('clusterYearId').anyOf(yearIds).primaryKeys()

    await db.unitPeople.where('unitId').anyOf(unitIds).delete()
    await db.commitmentProgress.where('commitmentId').anyOf(commitmentIds).delete()
    await db.pactCommitments.where('pactId').anyOf(pactIds).delete()
    await db.criteria.where('pactId').anyOf(pactIds).delete()
    for (const table of [
      db.scoringRules,
      db.scoreSheets,
      db.scoreEntries,
      db.scoreAdjustments,
      db.rankingSnapshots,
      db.awardProposals,
      db.awardDossiers
    ])
      await table.where('clusterYearId').anyOf(yearIds).delete()
    const ballotIds = await db.ballots.where('clusterYearId').anyOf(yearIds).primaryKeys()
    await db.ballotCounts.where('ballotId').anyOf(ballotIds).delete()
    await db.ballots.bulkDelete(ballotIds)
    await db.pastAwards.where('unitId').anyOf(unitIds).delete()
    for (const table of [db.awardTypes, db.unitLineageEvents])
      await table.where('clusterId').equals(clusterId).delete()
    for (const table of [db.attendances, db.guests, db.remarks, db.votes, db.minutes]) {
      await table.where('meetingId').anyOf(meetingIds).delete()
    }
    await db.meetings.bulkDelete(meetingIds)
    await db.pacts.bulkDelete(pactIds)
    await db.clusterYears.bulkDelete(yearIds)
    await db.memberUnits.bulkDelete(unitIds)
    await db.documents.where('[clusterId+year]').between([clusterId, 0], [clusterId, 9999]).delete()
    await db.compositions.where('clusterId').equals(clusterId).delete()
    await db.clusters.delete(clusterId)

    const next = await db.clusters.toCollection().first()
    if (next) {
      await setSetting(db, SETTING_KEYS.activeClusterId, next.id)
    } else {
      await db.settings.bulkDelete([SETTING_KEYS.activeClusterId, SETTING_KEYS.firstRunDone])
    }
    await recordAudit(db, {
      table: 'clusters',
      entityId: clusterId,
      action: cluster.isSample ? 'remove-sample' : 'delete',
      summary: `Xóa cụm: ${cluster.name}`,
      before: cluster
    })
  })
}
