// Writes the corpus of broken and hostile backup files in test/fixtures/backups (run once; the
// files are committed and frozen). `refused/` must each be refused with a message and leave the
// live database untouched; `accepted/` are odd but legitimate files that must restore.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildBackup, serializeBackup, sha256Hex, type BackupFile } from '../src/core/backup/format'

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'backups')
const fixture = (v: number) =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', 'test', 'fixtures', 'db', `v${v}`, 'sample-cluster.json'),
      'utf8'
    )
  ).tables
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

for (const [sub, files] of [
  ['refused', refused],
  ['accepted', accepted]
] as const) {
  mkdirSync(join(dir, sub), { recursive: true })
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, sub, name), bytes)
  console.log(`${sub}: ${Object.keys(files).length} files`)
}
