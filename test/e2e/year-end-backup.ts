import { buildBackup, serializeBackup } from '../../src/core/backup/format'
import { clusterYearSchema, pactSchema, TABLE_NAMES } from '../../src/core/model/entities'
import { rankingSnapshotSchema } from '../../src/core/scoring/model'
import { rankingRows } from '../../src/core/scoring/view'
import { buildSampleDataset } from '../../src/core/sample/sample-dataset'
import { SAMPLE_SCORING_PACT_ID, sampleScoringFacts } from '../../src/core/sample/sample-scoring'
import { CURRENT_SCHEMA_VERSION } from '../../src/renderer/src/db/migrations'

const T = '2024-11-01T03:00:00.000Z'

/**
 * The sample cluster with its 2024 year scored and the ranking adopted (as Chấm điểm leaves it:
 * the scoring e2e walks that part), and an empty 2025 year for the election to fill: a backup
 * file the year-end e2e restores to start from the adopted ranking.
 */
export async function scoredSampleBackup(
  options: { absentUnitName?: string } = {}
): Promise<Uint8Array> {
  let n = 0
  const data = buildSampleDataset(T, () => `id-${++n}`)
  const facts = sampleScoringFacts(data)
  const raw: Record<string, unknown[]> = Object.fromEntries(
    TABLE_NAMES.map((t) => [
      t,
      structuredClone((data as unknown as Record<string, unknown[]>)[t] ?? [])
    ])
  )
  raw['settings'] = [
    { key: 'activeClusterId', value: data.clusters[0]!.id, updatedAt: T },
    { key: 'firstRunDone', value: true, updatedAt: T }
  ]
  raw['pacts']!.push(
    pactSchema.parse({
      id: SAMPLE_SCORING_PACT_ID,
      createdAt: T,
      updatedAt: T,
      clusterYearId: facts.year.id,
      title: 'Giao ước thi đua năm 2024'
    })
  )
  raw['criteria'] = facts.plan.rows.map((r, order) => ({
    id: r.id,
    createdAt: T,
    updatedAt: T,
    pactId: SAMPLE_SCORING_PACT_ID,
    order,
    kind: r.kind,
    text: r.text,
    maxPoints: r.max === null ? null : r.max / 100
  }))
  raw['scoringRules'] = [{ ...facts.rules, status: 'adopted' }]
  raw['scoreSheets'] = facts.sheets.map((s) => ({
    ...s,
    status: 'adopted',
    adoptedOn: '2024-11-01'
  }))
  raw['scoreEntries'] = facts.entries
  raw['scoreAdjustments'] = facts.adjustments
  raw['rankingSnapshots'] = [
    rankingSnapshotSchema.parse({
      id: 'ranking-2024',
      createdAt: T,
      updatedAt: T,
      clusterYearId: facts.year.id,
      computedAt: T,
      criteriaVersion: facts.plan.version,
      adoptedOn: '2024-11-01',
      rows: rankingRows(facts)
    })
  ]
  const y2024 = data.clusterYears.find((y) => y.id === facts.year.id)!
  raw['clusterYears']!.push(
    clusterYearSchema.parse({
      ...y2024,
      id: 'year-2025',
      year: 2025,
      leaderUnitId: '',
      deputyUnitId: ''
    })
  )
  if (options.absentUnitName) {
    // The unit sent its apologies to the 2024 meeting the ballot is cast at.
    const unit = data.memberUnits.find((u) => u.name.endsWith(options.absentUnitName!))!
    const meetingIds = new Set(
      data.meetings.filter((m) => m.clusterYearId === facts.year.id).map((m) => m.id)
    )
    for (const row of raw['attendances'] as Array<Record<string, unknown>>)
      if (row['unitId'] === unit.id && meetingIds.has(row['meetingId'] as string))
        row['status'] = 'absent-excused'
  }
  const file = await buildBackup(raw, {
    appVersion: '0.1.0',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    reason: 'manual',
    createdAt: T
  })
  return serializeBackup(file)
}
