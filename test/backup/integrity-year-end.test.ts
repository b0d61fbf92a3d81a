import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkIntegrity } from '@core/backup/integrity'
import { IssueList, issueWords } from '@core/backup/issues'
import { validateRows, type DatabaseRows } from '@core/backup/rows'
import { TABLE_NAMES } from '@core/model/entities'

/** The frozen v8 database: a counted ballot, the catalogue, a decided proposal, history, a rename. */
function v8Rows(): DatabaseRows {
  const tables = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../fixtures/db/v8/sample-cluster.json'), 'utf8')
  ).tables as Record<string, unknown[]>
  const raw = Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t] ?? []]))
  const issues = new IssueList()
  const rows = validateRows(raw, issues)
  expect(issues.items).toEqual([])
  return rows
}

const messages = (rows: DatabaseRows) => checkIntegrity(rows).items.map(issueWords)

describe('the whole-database check of the bình xét and awards', () => {
  it('accepts the v8 database as the app writes it', () => {
    expect(messages(v8Rows())).toEqual([])
  })

  const cases: Array<[string, (db: DatabaseRows) => void, string]> = [
    [
      'a leading unit not a member of the year',
      (db) => (db.clusterYears[1]!.leadingUnitId = 'v8-unit-1'),
      'đơn vị dẫn đầu “Ủy ban MTTQ Việt Nam phường Hoàng Mai” không có trong danh sách đơn vị của năm'
    ],
    [
      'a ballot of a year that is not there',
      (db) => (db.ballots[0]!.clusterYearId = 'nope'),
      'Bảng “Phiếu bình xét”, dòng 1 (mã v8-ballot-1): năm thi đua (mã nope) không có trong bản sao lưu.'
    ],
    [
      'a second round whose first round is missing',
      (db) => {
        db.ballots.push({ ...db.ballots[0]!, id: 'r2', round: 2, parentBallotId: 'gone' })
      },
      'phiếu lần trước (mã gone) không có trong bản sao lưu'
    ],
    [
      'two counts of one ballot',
      (db) => db.ballotCounts.push({ ...db.ballotCounts[0]!, id: 'c2' }),
      'phiếu này đã có biên bản kiểm phiếu ở một dòng khác'
    ],
    [
      'a count of a ballot that is not there',
      (db) => (db.ballotCounts[0]!.ballotId = 'gone'),
      'phiếu bình xét (mã gone) không có trong bản sao lưu'
    ],
    [
      'a proposal of an award not in the catalogue',
      (db) => (db.awardProposals[0]!.awardTypeId = 'gone'),
      'hình thức khen thưởng (mã gone) không có trong bản sao lưu'
    ],
    [
      'an award history row of a proposal that is not there',
      (db) => (db.pastAwards[0]!.proposalId = 'gone'),
      'đề nghị khen thưởng (mã gone) không có trong bản sao lưu'
    ],
    [
      'a rename naming a unit of no cluster',
      (db) => (db.unitLineageEvents[0]!.toUnitIds = ['gone']),
      'đơn vị (mã gone) không thuộc cụm'
    ],
    [
      'two dossiers for one year',
      (db) => db.awardDossiers.push({ ...db.awardDossiers[0]!, id: 'd2' }),
      'năm thi đua này đã có hồ sơ khen thưởng ở một dòng khác'
    ],
    [
      'two catalogue entries with one code',
      (db) => db.awardTypes.push({ ...db.awardTypes[0]!, id: 't2' }),
      'mã hình thức “co-thi-dua-tinh” đã có ở một dòng khác của cùng cụm'
    ]
  ]
  it.each(cases)('refuses %s', (_, breakIt, expected) => {
    const rows = v8Rows()
    breakIt(rows)
    const found = messages(rows)
    expect(found.some((m) => m.includes(expected))).toBe(true)
  })
})
