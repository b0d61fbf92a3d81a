import { describe, expect, it } from 'vitest'
import { checkIntegrity } from '@core/backup/integrity'
import { IssueList, issueWords } from '@core/backup/issues'
import { validateRows, type DatabaseRows } from '@core/backup/rows'
import { pactSchema, TABLE_NAMES } from '@core/model/entities'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { SAMPLE_SCORING_PACT_ID, sampleScoringFacts } from '@core/sample/sample-scoring'

const T = '2026-01-01T00:00:00.000Z'

/** The sample cluster with the example 2024 year-end scored: what the app writes (schema v7). */
function scoredSample(): DatabaseRows {
  let n = 0
  const data = buildSampleDataset(T, () => `id-${++n}`)
  const facts = sampleScoringFacts(data)
  const raw: Record<string, unknown[]> = Object.fromEntries(
    TABLE_NAMES.map((t) => [
      t,
      structuredClone((data as unknown as Record<string, unknown[]>)[t] ?? [])
    ])
  )
  raw['settings'] = [{ key: 'activeClusterId', value: data.clusters[0]!.id, updatedAt: T }]
  raw['pacts']!.push(
    pactSchema.parse({
      id: SAMPLE_SCORING_PACT_ID,
      createdAt: T,
      updatedAt: T,
      clusterYearId: facts.year.id,
      title: 'Giao ước thi đua năm 2024'
    })
  )
  raw['criteria'] = facts.plan.rows.map((r) => ({
    id: r.id,
    createdAt: T,
    updatedAt: T,
    pactId: SAMPLE_SCORING_PACT_ID,
    order: facts.plan.rows.indexOf(r),
    kind: r.kind,
    text: r.text,
    maxPoints: r.max === null ? null : r.max / 100
  }))
  raw['scoringRules'] = [facts.rules]
  raw['scoreSheets'] = facts.sheets
  raw['scoreEntries'] = facts.entries
  raw['scoreAdjustments'] = facts.adjustments
  const issues = new IssueList()
  const rows = validateRows(structuredClone(raw), issues)
  expect(issues.items).toEqual([])
  return rows
}

const messages = (rows: DatabaseRows) => checkIntegrity(rows).items.map(issueWords)

describe('the whole-database check of a scored year', () => {
  it('accepts the example year-end as the app writes it', () => {
    expect(messages(scoredSample())).toEqual([])
  })

  const cases: Array<[string, (db: DatabaseRows) => void, string]> = [
    [
      'a second set of rules for the same year',
      (db) => db.scoringRules.push({ ...db.scoringRules[0]!, id: 'rules-2' }),
      'năm thi đua này đã có quy định chấm điểm ở một dòng khác'
    ],
    [
      'two sheets for one unit and year',
      (db) => db.scoreSheets.push({ ...db.scoreSheets[0]!, id: 'sheet-2' }),
      'đã có phiếu chấm của năm này ở một dòng khác'
    ],
    [
      'two entries for one unit and criterion',
      (db) => db.scoreEntries.push({ ...db.scoreEntries[0]!, id: 'entry-2' }),
      'đã có điểm cho tiêu chí này ở một dòng khác'
    ],
    [
      'an entry of a unit outside the cluster',
      (db) => void (db.scoreEntries[0]!.unitId = 'don-vi-ma'),
      'đơn vị (mã don-vi-ma) không thuộc cụm'
    ],
    [
      'an entry for a criterion of no pact of that year',
      (db) => void (db.scoreEntries[0]!.criterionId = 'tieu-chi-ma'),
      'tiêu chí (mã tieu-chi-ma) không thuộc giao ước của năm đó'
    ],
    [
      'an entry above its criterion’s maximum',
      (db) => void (db.scoreEntries[0]!.selfScore = 5000),
      'điểm 50 vượt điểm chuẩn 10 của tiêu chí'
    ],
    [
      'a sheet of a year the file does not have',
      (db) => void (db.scoreSheets[0]!.clusterYearId = 'nam-ma'),
      'năm thi đua (mã nam-ma) không có trong bản sao lưu'
    ],
    [
      'a sheet adopted at a meeting of another year',
      (db) => {
        const other = db.meetings.find((m) => m.clusterYearId !== db.scoreSheets[0]!.clusterYearId)
        db.scoreSheets[0]!.adoptedInMeetingId = other!.id
      },
      'không phải hội nghị của năm đó'
    ],
    [
      'an item for a criterion of another year',
      (db) => void (db.scoreAdjustments[0]!.criterionId = 'tieu-chi-ma'),
      'tiêu chí (mã tieu-chi-ma) không thuộc giao ước của năm đó'
    ],
    [
      'a ranking that lists a unit twice',
      (db) => {
        const row = {
          unitId: db.memberUnits[0]!.id,
          unitName: 'Đống Đa',
          selfTotal: 0,
          base: 0,
          bonus: 0,
          penalty: 0,
          total: 0,
          rank: 1,
          tied: true,
          band: '',
          flagged: false
        }
        db.rankingSnapshots.push({
          id: 'snap',
          createdAt: T,
          updatedAt: T,
          clusterYearId: db.scoringRules[0]!.clusterYearId,
          computedAt: T,
          criteriaVersion: '0123456789abcdef',
          status: 'adopted',
          adoptedInMeetingId: '',
          adoptedOn: '',
          rows: [row, row]
        })
      },
      'được xếp hai lần'
    ]
  ]

  it.each(cases)('refuses %s', (_name, breakIt, expected) => {
    const db = scoredSample()
    breakIt(db)
    expect(messages(db).join('\n')).toContain(expected)
  })
})
