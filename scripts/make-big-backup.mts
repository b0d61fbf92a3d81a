// Writes a large, valid backup (about 50 MB and 200,000 rows at the current schema) for the
// restore benchmark: `npx tsx --tsconfig tsconfig.node.json scripts/make-big-backup.mts [file]`
// (default `.ci-out/big-backup.json`). Every row passes its schema and the whole-database checks:
// 60 units, 10 years, a pact per year with commitments and criteria, scores of every unit, 400
// meetings with attendance, remarks and votes, and a long audit log.
import { join } from 'node:path'
import { TABLES, type TableName } from '../src/core/model/entities'
import { writeBackupFile } from './lib/backup-file'

const UNITS = 60
const YEAR_COUNT = 10
const MEETINGS_PER_YEAR = 40
const REMARKS_PER_MEETING = 100
const COMMITMENTS = 30
const CRITERIA = 20
const AUDIT_COUNT = 123_000

const T = '2026-01-15T02:30:00.000Z'
const stamp = { createdAt: T, updatedAt: T }
const DISTRICTS = ['Ba Đình', 'Hoàn Kiếm', 'Đống Đa', 'Hai Bà Trưng', 'Hoàng Mai', 'Long Biên']
const SPEECH =
  'Nhất trí với dự thảo báo cáo; đề nghị bổ sung kết quả giám sát, phản biện xã hội và công tác vận động Quỹ “Vì người nghèo” của các đơn vị trong Cụm.'

/**
 * The rows of a large database, each parsed by its table's schema (as the app would store it).
 * `scale` shrinks it (0.1: about 20,000 rows) for tests that only need a file that takes a while.
 */
export function bigDatabase(scale = 1): Record<TableName, unknown[]> {
  const YEARS = Math.max(1, Math.round(YEAR_COUNT * scale))
  const AUDIT = Math.round(AUDIT_COUNT * scale)
  const data = Object.fromEntries(Object.keys(TABLES).map((t) => [t, []])) as unknown as Record<
    TableName,
    Array<Record<string, unknown>>
  >
  const unitIds = Array.from({ length: UNITS }, (_, i) => `dv-${i + 1}`)
  data.clusters.push({
    ...stamp,
    id: 'cum-lon',
    name: 'Cụm thi đua số 9 (dữ liệu lớn)',
    parentBody: 'Ủy ban MTTQ Việt Nam thành phố Hà Nội',
    headerLines: ['ỦY BAN MTTQ VIỆT NAM', 'THÀNH PHỐ HÀ NỘI'],
    issuerLine: '',
    placeName: 'Hà Nội',
    symbol: 'CTĐ9',
    higherBody: '',
    rotationOrder: unitIds,
    isSample: false
  })
  unitIds.forEach((id, i) =>
    data.memberUnits.push({
      ...stamp,
      id,
      clusterId: 'cum-lon',
      name: `Ủy ban MTTQ Việt Nam phường Số ${i + 1} quận ${DISTRICTS[i % DISTRICTS.length]}`,
      displayOrder: i,
      address: `Số ${i + 1} phố Hàng Bài, Hà Nội`
    })
  )
  for (let y = 0; y < YEARS; y++) {
    const yearId = `nam-${y}`
    data.clusterYears.push({
      ...stamp,
      id: yearId,
      clusterId: 'cum-lon',
      year: 2016 + y,
      memberUnitIds: unitIds,
      leaderUnitId: unitIds[y % UNITS],
      deputyUnitId: unitIds[(y + 1) % UNITS],
      unitNames: Object.fromEntries(unitIds.map((id, i) => [id, `Phường Số ${i + 1}`]))
    })
    const pactId = `gu-${y}`
    data.pacts.push({ ...stamp, id: pactId, clusterYearId: yearId, title: `Giao ước ${2016 + y}` })
    for (let c = 0; c < COMMITMENTS; c++)
      data.pactCommitments.push({
        ...stamp,
        id: `nd-${y}-${c}`,
        pactId,
        parentId: c < 5 ? '' : `nd-${y}-${c % 5}`,
        order: c,
        text: `Nội dung giao ước số ${c + 1}: ${SPEECH}`
      })
    for (let k = 0; k < CRITERIA; k++) {
      const criterionId = `tc-${y}-${k}`
      data.criteria.push({
        ...stamp,
        id: criterionId,
        pactId,
        order: k,
        code: String(k + 1),
        text: `Tiêu chí ${k + 1}`,
        maxPoints: 5
      })
      unitIds.forEach((unitId, u) =>
        data.scoreEntries.push({
          ...stamp,
          id: `d-${y}-${k}-${u}`,
          clusterYearId: yearId,
          criterionId,
          unitId,
          selfScore: ((u + k) % 6) * 100,
          reviewedScore: ((u + k) % 5) * 100,
          diffReason: (u + k) % 6 === (u + k) % 5 ? '' : 'Cụm chấm lại theo minh chứng'
        })
      )
    }
    for (let m = 0; m < MEETINGS_PER_YEAR; m++) {
      const meetingId = `hn-${y}-${m}`
      data.meetings.push({
        ...stamp,
        id: meetingId,
        clusterYearId: yearId,
        type: 'regular',
        title: `Hội nghị giao ban lần ${m + 1} năm ${2016 + y}`,
        date: `${2016 + y}-${String((m % 12) + 1).padStart(2, '0')}-15`,
        place: 'Hội trường Ủy ban MTTQ',
        chair: { name: 'Nguyễn Văn An', position: 'Chủ tịch' }
      })
      unitIds.forEach((unitId, u) =>
        data.attendances.push({ ...stamp, id: `dd-${y}-${m}-${u}`, meetingId, unitId })
      )
      for (let r = 0; r < REMARKS_PER_MEETING; r++)
        data.remarks.push({
          ...stamp,
          id: `yk-${y}-${m}-${r}`,
          meetingId,
          order: r,
          speakerName: 'Trần Thị Bình',
          unitId: unitIds[r % UNITS],
          summary: `Ý kiến số ${r + 1}: nhất trí với dự thảo báo cáo, đề nghị bổ sung kết quả giám sát.`
        })
      data.votes.push({
        ...stamp,
        id: `bq-${y}-${m}`,
        meetingId,
        subject: 'Thông qua chương trình',
        method: 'secret-ballot',
        electors: UNITS,
        ballotsIssued: UNITS,
        ballotsReturned: UNITS,
        ballotsValid: UNITS,
        options: [{ label: 'Tán thành', inFavour: UNITS - 2, against: 1, abstain: 1 }]
      })
    }
  }
  data.settings.push(
    { key: 'activeClusterId', value: 'cum-lon', updatedAt: T },
    { key: 'firstRunDone', value: true, updatedAt: T }
  )
  for (let a = 0; a < AUDIT; a++)
    data.auditLog.push({
      id: `nk-${a}`,
      at: T,
      table: 'remarks',
      entityId: `yk-${a}`,
      action: 'update',
      summary: `Sửa ý kiến phát biểu số ${a + 1}`,
      before: { summary: 'Nhất trí với dự thảo báo cáo.' },
      after: { summary: 'Nhất trí với dự thảo báo cáo; đề nghị bổ sung.' }
    })
  const parsed = {} as Record<TableName, unknown[]>
  for (const table of Object.keys(TABLES) as TableName[])
    parsed[table] = data[table].map((row) => TABLES[table].parse(row))
  return parsed
}

/** Writes the big backup file and returns its size and row count. */
export async function writeBigBackup(
  file: string,
  scale = 1
): Promise<{ bytes: number; rows: number }> {
  return writeBackupFile(file, bigDatabase(scale), T)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? join(import.meta.dirname, '..', '.ci-out', 'big-backup.json')
  const { bytes, rows } = await writeBigBackup(file)
  console.log(`${file}: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${rows} rows`)
}
