// Writes the corpus of broken and hostile backup files in test/fixtures/backups (run once; the
// files are committed and frozen). `refused/` must each be refused with a message and leave the
// live database untouched; `accepted/` are odd but legitimate files that must restore.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildBackup, serializeBackup, sha256Hex, type BackupFile } from '../src/core/backup/format'
import { tablesAtVersion } from '../src/renderer/src/db/backup'

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'backups')
/** The frozen sample database of a schema version, with every table of that version (the app
 * always writes every table; a table left out would be emptied by a restore). */
const fixture = (v: number): Record<string, unknown[]> => {
  const tables = JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', 'test', 'fixtures', 'db', `v${v}`, 'sample-cluster.json'),
      'utf8'
    )
  ).tables
  return Object.fromEntries(tablesAtVersion(v).map((t) => [t, tables[t] ?? []]))
}
const meta = (schemaVersion: number) => ({
  appVersion: '0.1.0',
  schemaVersion,
  reason: 'manual',
  createdAt: '2026-11-26T00:00:00.000Z'
})
// The corpus was made at schema v3 and is frozen; newer versions must still refuse or restore it.
const current = 3
const clone = <T,>(x: T): T => JSON.parse(JSON.stringify(x))

async function valid(
  data: Record<string, unknown[]> = fixture(current),
  schemaVersion = current
): Promise<BackupFile> {
  return buildBackup(clone(data), meta(schemaVersion))
}
const bytesOf = (file: BackupFile) => serializeBackup(file)
const text = (s: string) => new TextEncoder().encode(s)
const refused: Record<string, Uint8Array> = {}
const accepted: Record<string, Uint8Array> = {}

const good = bytesOf(await valid())
for (const pct of [1, 10, 30, 50, 90, 99])
  refused[`truncated-${pct}.json`] = good.slice(0, Math.floor((good.length * pct) / 100))
// Cut in the middle of a three-byte Vietnamese letter.
const cut = good.findIndex((b, i) => b === 0xe1 && i > good.length / 2)
refused['truncated-inside-letter.json'] = good.slice(0, cut + 1)
refused['empty.json'] = new Uint8Array()
refused['zip-renamed.json'] = new Uint8Array([
  0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x9c, 0x81
])
refused['png-renamed.json'] = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52
])
const utf16 = (le: boolean) => {
  const s = new TextDecoder().decode(good)
  const out = new Uint8Array(2 + s.length * 2)
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    out[2 + i * 2] = le ? c & 0xff : c >> 8
    out[3 + i * 2] = le ? c >> 8 : c & 0xff
  }
  return out
}
refused['utf16le-bom.json'] = utf16(true)
refused['utf16be-bom.json'] = utf16(false)
refused['array-root.json'] = text('[1,2,3]')
refused['other-app.json'] = text('{"name":"Sổ tay","notes":[]}')
refused['dexie-export-format.json'] = text(
  JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: { databaseName: 'cum-thi-dua', databaseVersion: 30, tables: [], data: [] }
  })
)
refused['header-missing.json'] = text(JSON.stringify({ data: fixture(current) }))

async function variant(
  name: string,
  change: (f: BackupFile) => void | Promise<void>,
  rehash = true,
  into = refused
) {
  const file = await valid()
  await change(file)
  if (rehash) {
    const again = await buildBackup(file.data, {
      ...meta(file.header.schemaVersion),
      reason: file.header.reason
    })
    file.header.sha256 = again.header.sha256
    if (!name.startsWith('counts-')) file.header.counts = again.header.counts
  }
  into[name] = bytesOf(file)
}
const units = (f: BackupFile) => f.data['memberUnits'] as Array<Record<string, unknown>>
await variant('newer-schema.json', (f) => void (f.header.schemaVersion = 99))
await variant('schema-version-zero.json', (f) => void (f.header.schemaVersion = 0))
await variant('format-version-2.json', (f) => void (f.header.formatVersion = 2))
await variant(
  'wrong-format-name.json',
  (f) => void ((f.header as { format: string }).format = 'other-app-backup')
)
await variant(
  'checksum-mismatch.json',
  (f) => void (units(f)[0]!['name'] = 'Ủy ban MTTQ Việt Nam quận Đống Đa (sửa tay)'),
  false
)
await variant('counts-mismatch.json', (f) => void (f.header.counts['memberUnits'] = 5))
await variant('unknown-table.json', (f) => void (f.data['hackers'] = [{ id: 'x' }]))
refused['table-not-array.json'] = await (async () => {
  const f = await valid()
  ;(f.data as Record<string, unknown>)['memberUnits'] = { a: 1 }
  return text(JSON.stringify(f))
})()
await variant(
  'missing-table-in-data.json',
  (f) => {
    delete f.data['guests']
  },
  true
)
refused['missing-table-in-data.json'] = (() => {
  const bytes = refused['missing-table-in-data.json']!
  const parsed = JSON.parse(new TextDecoder().decode(bytes))
  parsed.header.counts.guests = 1
  return text(JSON.stringify(parsed))
})()
await variant('duplicate-keys.json', (f) => void units(f).push(clone(units(f)[0]!)))
await variant('key-is-object.json', (f) => void (units(f)[0]!['id'] = { nested: true }))
await variant('key-is-null.json', (f) => void (units(f)[0]!['id'] = null))
await variant('missing-required-field.json', (f) => {
  delete units(f)[1]!['name']
})
await variant('order-is-text.json', (f) => void (units(f)[2]!['displayOrder'] = 'thứ ba'))
await variant('bad-date.json', (f) => void (units(f)[0]!['activeTo'] = '2025-02-30'))
await variant('date-wrong-format.json', (f) => void (units(f)[0]!['activeTo'] = '30/06/2025'))
const score = (selfScore: unknown) => (f: BackupFile) =>
  void (f.data['scores'] = [
    {
      id: 's1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      clusterYearId: 'v1-008',
      criterionId: 'c1',
      unitId: 'v1-002',
      selfScore,
      clusterScore: null,
      note: ''
    }
  ])
await variant('negative-score.json', score(-5))
await variant('nan-score.json', score('NaN'))
await variant('huge-name.json', (f) => void (units(f)[0]!['name'] = 'a'.repeat(20_000_000)))
refused['infinite-score.json'] = text(
  new TextDecoder()
    .decode(
      bytesOf(
        await (async () => {
          const f = await valid()
          score(12345)(f)
          const g = await buildBackup(f.data, meta(current))
          return g
        })()
      )
    )
    .replace('"selfScore":12345', '"selfScore":1e999')
)
// Built as text: a structure this deep cannot even be serialised by JSON.stringify.
refused['deep-nesting.json'] = text(
  new TextDecoder()
    .decode(good)
    .replace('"note":""', `"note":${'['.repeat(100_000)}${']'.repeat(100_000)}`)
)
// The checksum is made to match, so only the key check can refuse these files.
for (const key of ['__proto__', 'constructor', 'prototype']) {
  const tampered = new TextDecoder()
    .decode(good)
    .replace('"sampleKey":"dong-da"', `"sampleKey":"dong-da","${key}":{"isAdmin":true}`)
  const parsed = JSON.parse(tampered)
  const sha256 = await sha256Hex(JSON.stringify(parsed.data))
  refused[`key-${key.replace(/_/g, '')}.json`] = text(
    tampered.replace(/"sha256": "[0-9a-f]+"/, `"sha256": "${sha256}"`)
  )
}

// Legitimate files that look odd: they must restore, cleaned.
accepted['utf8-bom.json'] = new Uint8Array([0xef, 0xbb, 0xbf, ...good])
await variant(
  'nfd-names.json',
  (f) => units(f).forEach((u) => (u['name'] = String(u['name']).normalize('NFD'))),
  true,
  accepted
)
await variant(
  'zero-width-names.json',
  (f) => void (units(f)[0]!['shortName'] = 'Đống\u200B Đa\u200D'),
  true,
  accepted
)
accepted['schema-v1.json'] = bytesOf(await valid(fixture(1), 1))
accepted['schema-v2.json'] = bytesOf(await valid(fixture(2), 2))

// Issue 12: files that pass the format and every row's own check, but would leave a broken
// database. Made at schema v5 (no migration runs), each with a valid checksum, so only the
// whole-database check can refuse them.
const latest = 5
type Rows = Array<Record<string, unknown>>
async function at5(
  name: string,
  change: (data: Record<string, Rows>, file: BackupFile) => void | Promise<void>,
  into = refused
) {
  const file = await buildBackup(clone(fixture(latest)), meta(latest))
  await change(file.data as Record<string, Rows>, file)
  const again = await buildBackup(file.data, meta(latest))
  file.header.sha256 = again.header.sha256
  file.header.counts = again.header.counts
  into[name] = bytesOf(file)
}
const T = '2026-01-01T00:00:00.000Z'
const stamp = { createdAt: T, updatedAt: T }
const year2020 = (d: Record<string, Rows>) => d['clusterYears']![0]!
const firstMeeting = (d: Record<string, Rows>) => d['meetings']![0]!

await at5('empty-data.json', (d) => {
  for (const t of Object.keys(d)) delete d[t]
})
await at5('only-clusters-and-units.json', (d) => {
  for (const t of Object.keys(d)) if (t !== 'clusters' && t !== 'memberUnits') delete d[t]
})
await at5('no-cluster.json', (d) => {
  for (const t of Object.keys(d)) d[t] = []
})
await at5('orphan-units.json', (d) => {
  d['clusters'] = []
})
await at5(
  'meeting-unknown-year.json',
  (d) => void (firstMeeting(d)['clusterYearId'] = 'nam-khong-co')
)
await at5('leader-not-member.json', (d) => {
  const y = year2020(d)
  y['memberUnitIds'] = (y['memberUnitIds'] as string[]).filter((u) => u !== y['leaderUnitId'])
})
await at5('signatory-outsider.json', (d) => {
  d['pacts']![0]!['signatories'] = [
    { unitId: 'don-vi-ngoai', titleLines: ['CHỦ TỊCH'], name: 'Ai đó' }
  ]
})
await at5(
  'attendance-unknown-unit.json',
  (d) => void (d['attendances']![0]!['unitId'] = 'don-vi-ma')
)
/** A criterion of the 2020 pact worth 10 points, and one unit's self-score on it. */
const scoreOn =
  (unitOf: (d: Record<string, Rows>) => unknown, selfScore: number) =>
  (d: Record<string, Rows>) => {
    const pact = d['pacts']![0]!
    d['criteria'] = [
      {
        ...stamp,
        id: 'tc1',
        pactId: pact['id'],
        parentId: '',
        order: 0,
        code: '1',
        text: 'Tiêu chí 1',
        kind: 'base',
        maxPoints: 10,
        rule: ''
      }
    ]
    d['scores'] = [
      {
        ...stamp,
        id: 'd1',
        clusterYearId: pact['clusterYearId'],
        criterionId: 'tc1',
        unitId: unitOf(d),
        selfScore,
        clusterScore: null,
        note: ''
      }
    ]
  }
await at5(
  'score-unknown-unit.json',
  scoreOn(() => 'don-vi-ma', 5)
)
await at5(
  'score-above-maximum.json',
  scoreOn((d) => year2020(d)['leaderUnitId'], 50)
)
await at5('commitment-cycle.json', (d) => {
  const [a, b] = d['pactCommitments']!
  a!['parentId'] = b!['id']
  b!['parentId'] = a!['id']
})
await at5('year-members-twice.json', (d) => {
  const y = year2020(d)
  y['memberUnitIds'] = [...(y['memberUnitIds'] as string[]), ...(y['memberUnitIds'] as string[])]
})
await at5('vote-figures.json', (d) => {
  d['votes'] = [
    {
      ...stamp,
      id: 'bq1',
      meetingId: firstMeeting(d)['id'],
      order: 0,
      subject: 'Thông qua giao ước',
      method: 'secret-ballot',
      electors: 6,
      ballotsIssued: 5,
      ballotsReturned: 5,
      ballotsValid: 5,
      ballotsInvalid: 0,
      options: [{ label: 'Tán thành', unitId: '', inFavour: 1000, against: 0, abstain: 0 }]
    }
  ]
})
const setting = (value: unknown) => (d: Record<string, Rows>) =>
  void (d['settings']!.find((s) => s['key'] === 'activeClusterId')!['value'] = value)
await at5('active-cluster-true.json', setting(true))
await at5('active-cluster-object.json', setting({ id: 'v1-001' }))
await at5('active-cluster-missing.json', setting('cum-khong-co'))
await at5(
  'unknown-setting.json',
  (d) => void d['settings']!.push({ key: 'cheDoQuanTri', value: true, updatedAt: T })
)
await at5('register-equal-after-cleaning.json', (d) => {
  const doc = (id: string, typeCode: string) => ({
    ...stamp,
    id,
    clusterId: 'v1-001',
    year: 2024,
    typeCode,
    number: 1,
    symbol: '',
    issuedOn: '2024-03-01',
    title: 'Biên bản hội nghị',
    fileName: '',
    sourceTable: '',
    sourceId: ''
  })
  d['documents'] = [doc('vb1', 'BB'), doc('vb2', 'BB\u200B')]
})
await at5('ids-equal-after-cleaning.json', (d) => {
  const unit = d['memberUnits']![0]!
  d['memberUnits']!.push({
    ...unit,
    id: `${String(unit['id'])}\u200B`,
    name: 'Đơn vị khác',
    shortName: '',
    sampleKey: ''
  })
})
await at5('boolean-as-text.json', (d) => void (d['clusters']![0]!['isSample'] = 'true'))
await at5(
  'impossible-timestamp.json',
  (d) => void (d['memberUnits']![0]!['createdAt'] = '2020-02-31T08:00:00.000Z')
)
await at5('finalised-at-not-a-time.json', (d) => {
  d['minutes'] = [
    {
      ...stamp,
      id: 'bb1',
      meetingId: firstMeeting(d)['id'],
      kind: 'minutes',
      body: '',
      status: 'draft',
      documentId: '',
      amendsMinutesId: '',
      finalisedAt: 'hôm qua'
    }
  ]
})
/** A v5 file whose header is edited after the checksum was made (the header is not hashed). */
async function headerEdit(name: string, edit: (header: Record<string, unknown>) => void) {
  await at5(name, () => undefined)
  const parsed = JSON.parse(new TextDecoder().decode(refused[name]!))
  edit(parsed.header)
  refused[name] = text(JSON.stringify(parsed))
}
await headerEdit('counts-null.json', (h) => void (h['counts'] = null))
await headerEdit('created-at-number.json', (h) => void (h['createdAt'] = 1764115200000))
await at5(
  'created-at-impossible.json',
  (_d, f) => void (f.header.createdAt = '2020-02-31T00:00:00.000Z')
)
// JSON.parse keeps the later "clusters" (empty); the checksum and counts are of what it reads.
{
  const file = await buildBackup(clone(fixture(latest)), meta(latest))
  const body = new TextDecoder().decode(bytesOf(file))
  const tampered = body.replace(/\n {2}\}\n\}\n$/, ',\n    "clusters": []\n  }\n}\n')
  const sha256 = await sha256Hex(JSON.stringify(JSON.parse(tampered).data))
  refused['clusters-twice.json'] = text(
    tampered
      .replace(/"sha256": "[0-9a-f]+"/, `"sha256": "${sha256}"`)
      .replace('"clusters": 1', '"clusters": 0')
  )
}
{
  const file = await buildBackup(clone(fixture(latest)), meta(latest))
  const body = new TextDecoder().decode(bytesOf(file))
  const tampered = body.replace(
    '"name":"Cụm thi đua số 1"',
    '"name":"Cụm thi đua số 1","name":"Cụm khác"'
  )
  const sha256 = await sha256Hex(JSON.stringify(JSON.parse(tampered).data))
  refused['key-twice-in-row.json'] = text(
    tampered.replace(/"sha256": "[0-9a-f]+"/, `"sha256": "${sha256}"`)
  )
}

// Legitimate files that exercise the same paths: they must restore.
await at5('schema-v5.json', () => undefined, accepted)
accepted['upper-case-checksum.json'] = text(
  new TextDecoder()
    .decode(accepted['schema-v5.json']!)
    .replace(/"sha256": "([0-9a-f]+)"/, (_m, hex: string) => `"sha256": "${hex.toUpperCase()}"`)
)
// Characters a .docx cannot hold, in fields the old checks did not clean: they are removed.
await at5(
  'forbidden-characters.json',
  (d) => {
    const y = year2020(d)
    const names = y['unitNames'] as Record<string, string>
    const first = Object.keys(names)[0]!
    names[first] = `${names[first]}\uD800\u0000\u202E\uFFFE\uFFFF`
    d['minutes'] = [
      {
        ...stamp,
        id: 'bb1',
        meetingId: firstMeeting(d)['id'],
        kind: 'minutes',
        body: 'Nội dung\u202E',
        status: 'draft',
        documentId: '',
        amendsMinutesId: '',
        finalisedAt: '\u200B'
      }
    ]
    d['auditLog'] = [
      {
        id: 'nk1',
        at: T,
        table: 'clusters',
        entityId: 'v1-001',
        action: 'update',
        summary: 'Sửa cụm\uDC00\u0000\uFFFF',
        before: { name: 'A\u202E' },
        after: null
      }
    ]
  },
  accepted
)
// A backup of another cluster: restorable, and the confirmation must say it is another cluster.
await at5(
  'other-cluster.json',
  (d) => {
    const text = JSON.stringify(d).replace(/"v1-(\d{3})"/g, '"c2-$1"')
    const other = JSON.parse(text) as Record<string, Rows>
    other['clusters']![0]!['name'] = 'Cụm thi đua số 2'
    other['clusters']![0]!['isSample'] = false
    for (const t of Object.keys(d)) d[t] = other[t]!
  },
  accepted
)

for (const [sub, files] of [
  ['refused', refused],
  ['accepted', accepted]
] as const) {
  mkdirSync(join(dir, sub), { recursive: true })
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, sub, name), bytes)
  console.log(`${sub}: ${Object.keys(files).length} files`)
}
