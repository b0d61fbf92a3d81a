import { describe, expect, it } from 'vitest'
import { ValidationError } from '@core/model/validation'
import {
  createCluster,
  getActiveCluster,
  updateCluster
} from '../../../src/renderer/src/db/repositories/clusters-repo'
import {
  deleteClusterCascade,
  isDatabaseEmpty,
  loadSampleCluster
} from '../../../src/renderer/src/db/repositories/sample-repo'
import {
  listMemberUnits,
  isUnitActiveOn
} from '../../../src/renderer/src/db/repositories/member-units-repo'
import { listClusterYears } from '../../../src/renderer/src/db/repositories/cluster-years-repo'
import { listAuditFor } from '../../../src/renderer/src/db/repositories/audit'
import { dumpDb, makeTestDb } from '../../helpers/test-db'

async function withSample() {
  const db = makeTestDb()
  const cluster = await loadSampleCluster(db)
  return { db, cluster }
}

describe('sample cluster', () => {
  it('loads the whole sample in one go and makes it the active cluster', async () => {
    const db = makeTestDb()
    expect(await isDatabaseEmpty(db)).toBe(true)
    const cluster = await loadSampleCluster(db)
    expect((await getActiveCluster(db))?.id).toBe(cluster.id)
    const units = await listMemberUnits(db, cluster.id)
    expect(units.map((u) => u.shortName)).toEqual([
      'Đống Đa',
      'Hoàn Kiếm',
      'Ba Đình',
      'Hai Bà Trưng',
      'Hoàng Mai',
      'Long Biên'
    ])
    expect((await listClusterYears(db, cluster.id)).map((y) => y.year)).toEqual([2024, 2020])
    expect(await db.pactCommitments.count()).toBe(9)
    expect(await db.meetings.count()).toBe(2)
  })

  it('is not loaded twice', async () => {
    const { db, cluster } = await withSample()
    const again = await loadSampleCluster(db)
    expect(again.id).toBe(cluster.id)
    expect(await db.clusters.count()).toBe(1)
    expect(await db.memberUnits.count()).toBe(6)
  })

  it('removes everything that hangs off the cluster and keeps the audit trail', async () => {
    const { db, cluster } = await withSample()
    await deleteClusterCascade(db, cluster.id)
    const dump = await dumpDb(db)
    for (const [table, rows] of Object.entries(dump)) {
      if (table !== 'auditLog') expect(rows, table).toEqual([])
    }
    const audit = await listAuditFor(db, 'clusters', cluster.id)
    expect(audit.map((a) => a.action).sort()).toEqual(['load-sample', 'remove-sample'])
  })

  it('keeps a second cluster intact when the sample is removed', async () => {
    const { db, cluster } = await withSample()
    const own = await createCluster(db, {
      name: 'Cụm thi đua số 2',
      placeName: 'Hà Nội',
      symbol: 'CTĐ2',
      parentBody: '',
      headerLines: [],
      issuerLine: '',
      higherBody: ''
    })
    await deleteClusterCascade(db, cluster.id)
    expect((await getActiveCluster(db))?.id).toBe(own.id)
  })
})

describe('updateCluster', () => {
  it('saves NFC text and records before and after in the audit log', async () => {
    const { db, cluster } = await withSample()
    await updateCluster(db, cluster.id, { ...cluster, placeName: 'Ha\u0300 Nô\u0323i' })
    const saved = await db.clusters.get(cluster.id)
    expect(saved?.placeName).toBe('Hà Nội')
    expect(saved?.placeName.length).toBe(6)
    const [entry] = await listAuditFor(db, 'clusters', cluster.id)
    expect(entry).toMatchObject({ action: 'update' })
  })

  it('refuses an empty name with a message naming the field and changes nothing', async () => {
    const { db, cluster } = await withSample()
    const before = await dumpDb(db)
    const error = await updateCluster(db, cluster.id, {
      ...cluster,
      name: '  ',
      symbol: 'a b'
    }).catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues).toEqual([
      { field: 'name', message: 'Tên cụm: không được để trống.' },
      {
        field: 'symbol',
        message:
          'Ký hiệu văn bản: chỉ gồm chữ in hoa và chữ số, nối bằng dấu gạch ngang (ví dụ CTĐ1).'
      }
    ])
    expect(await dumpDb(db)).toEqual(before)
  })
})

describe('isUnitActiveOn', () => {
  it('ends the districts on 30/06/2025', async () => {
    const { db, cluster } = await withSample()
    const [unit] = await listMemberUnits(db, cluster.id)
    expect(isUnitActiveOn(unit!, '2025-06-30')).toBe(true)
    expect(isUnitActiveOn(unit!, '2025-07-01')).toBe(false)
  })
})

describe('database', () => {
  it('is opened with strict durability, so a save is on disk before it is reported', () => {
    const db = makeTestDb()
    expect(
      (db as unknown as { _options: { chromeTransactionDurability: string } })._options
        .chromeTransactionDurability
    ).toBe('strict')
  })
})
