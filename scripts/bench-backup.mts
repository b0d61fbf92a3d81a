// `npm run bench:backup`: backup and verified restore of a database of 10,000 rows, in Node with
// fake-indexeddb (the same code the app runs). Targets (issue: data safety): backup under 2 s,
// verified restore under 5 s. Prints the numbers; it is a measurement, not a test.
import 'fake-indexeddb/auto'
import { OfficeDatabase } from '../src/renderer/src/db/database'
import { createBackupBytes, restoreBackup } from '../src/renderer/src/db/backup'
import { loadSampleCluster } from '../src/renderer/src/db/repositories/sample-repo'
import { countAuditLog } from '../src/renderer/src/db/repositories/audit'
import { memberUnitSchema, remarkSchema } from '../src/core/model/entities'

const db = new OfficeDatabase('bench-source')
const cluster = await loadSampleCluster(db)
const now = new Date().toISOString()
const meetingId = (await db.meetings.toArray())[0]!.id
await db.memberUnits.bulkAdd(
  Array.from({ length: 2000 }, (_, i) =>
    memberUnitSchema.parse({
      id: `u${i}`,
      createdAt: now,
      updatedAt: now,
      clusterId: cluster.id,
      name: `Ủy ban MTTQ Việt Nam phường Số ${i}`,
      displayOrder: 10 + i,
      address: 'Số 1 phố Hàng Bài, Hoàn Kiếm, Hà Nội'
    })
  )
)
await db.remarks.bulkAdd(
  Array.from({ length: 8000 }, (_, i) =>
    remarkSchema.parse({
      id: `r${i}`,
      createdAt: now,
      updatedAt: now,
      meetingId,
      order: i,
      speakerName: 'Nguyễn Văn A',
      summary:
        'Nhất trí với dự thảo báo cáo; đề nghị bổ sung kết quả giám sát, phản biện xã hội của các đơn vị trong Cụm.'
    })
  )
)
// Rows as the backup holds them: the audit log counted by entry, not by stored record (a restore
// packs old entries 500 to a record in auditArchive).
const rows =
  (
    await Promise.all(
      db.tables
        .filter((t) => t.name !== 'auditLog' && t.name !== 'auditArchive')
        .map((t) => t.count())
    )
  ).reduce((a, b) => a + b, 0) + (await countAuditLog(db))

let start = performance.now()
const { bytes } = await createBackupBytes(db, 'manual')
const backupMs = performance.now() - start

const target = new OfficeDatabase('bench-target')
start = performance.now()
await restoreBackup(target, bytes, { saveSafetyBackup: async () => 'x' })
const restoreMs = performance.now() - start

console.log(`rows: ${rows}, backup file: ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`)
console.log(`backup:           ${backupMs.toFixed(0)} ms   (target: under 2000 ms)`)
console.log(`verified restore: ${restoreMs.toFixed(0)} ms   (target: under 5000 ms)`)
