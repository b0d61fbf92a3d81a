import { describe, expect, it } from 'vitest'
import { checkIntegrity, voteFigureIssues } from '@core/backup/integrity'
import { IssueList, issueWords, RestoreRefused } from '@core/backup/issues'
import { validateRows, type DatabaseRows } from '@core/backup/rows'
import { clusterRulesSchema, TABLE_NAMES, voteSchema } from '@core/model/entities'
import { buildSampleDataset } from '@core/sample/sample-dataset'

const T = '2026-01-01T00:00:00.000Z'
const stamp = { createdAt: T, updatedAt: T }

/** The built-in sample as a whole database, with its settings: a database the app would write. */
function sample(): DatabaseRows {
  let n = 0
  const data = buildSampleDataset(T, () => `id-${++n}`) as unknown as Record<string, unknown[]>
  const raw: Record<string, unknown[]> = Object.fromEntries(
    TABLE_NAMES.map((t) => [t, structuredClone(data[t] ?? [])])
  )
  raw['settings'] = [
    { key: 'activeClusterId', value: (data['clusters']![0] as { id: string }).id, updatedAt: T },
    { key: 'firstRunDone', value: true, updatedAt: T }
  ]
  const issues = new IssueList()
  const rows = validateRows(raw, issues)
  expect(issues.items).toEqual([])
  return rows
}

const messages = (rows: DatabaseRows) => checkIntegrity(rows).items.map(issueWords)

describe('the whole-database check of a restore', () => {
  it('accepts the sample as the app writes it', () => {
    expect(messages(sample())).toEqual([])
  })

  const cases: Array<[string, (db: DatabaseRows) => void, string]> = [
    [
      'a unit listed twice in the rotation order',
      (db) => db.clusters[0]!.rotationOrder.push(db.clusters[0]!.rotationOrder[0]!),
      'Bảng “Cụm thi đua”, dòng 1 (mã id-1): thứ tự luân phiên ghi đơn vị “Ủy ban MTTQ Việt Nam quận Đống Đa” hai lần.'
    ],
    [
      'two units whose names differ only by the place of a tone mark',
      (db) =>
        db.memberUnits.push({
          ...db.memberUnits[0]!,
          id: 'twin',
          name: db.memberUnits[0]!.name.replace('Ủy', 'Uỷ'),
          shortName: ''
        }),
      'Tên đơn vị: trùng với đơn vị đã có “Ủy ban MTTQ Việt Nam quận Đống Đa”.'
    ],
    [
      'a signer of the leading unit from another unit',
      (db) => {
        db.unitPeople.push({
          ...stamp,
          id: 'p1',
          unitId: db.memberUnits[3]!.id,
          fullName: 'Lê Văn C',
          position: '',
          role: 'chair',
          phone: '',
          email: '',
          activeFrom: '',
          activeTo: ''
        })
        db.clusterYears[0]!.leaderSignerId = 'p1'
      },
      'người ký cho cụm trưởng phải là người của đơn vị đó'
    ],
    [
      'two years with the same number in one cluster',
      (db) => (db.clusterYears[1]!.year = db.clusterYears[0]!.year),
      'đã có ở một dòng khác của cùng cụm'
    ],
    [
      'a pact signed at a meeting of another year',
      (db) => (db.pacts[0]!.signingMeetingId = db.meetings.at(-1)!.id),
      'không phải hội nghị của năm đó'
    ],
    [
      'criteria whose parents form a cycle',
      (db) => {
        const pactId = db.pacts[0]!.id
        const criterion = (id: string, parentId: string) => ({
          ...stamp,
          id,
          pactId,
          parentId,
          order: 0,
          code: '',
          text: 'Tiêu chí',
          kind: 'base' as const,
          maxPoints: 5,
          rule: ''
        })
        db.criteria.push(criterion('k1', 'k2'), criterion('k2', 'k1'))
      },
      'vòng lặp cha–con'
    ],
    [
      'a meeting that ends before it starts',
      (db) => Object.assign(db.meetings[0]!, { startTime: '14:00', endTime: '08:00' }),
      'Giờ kết thúc: phải sau giờ bắt đầu.'
    ],
    [
      'the same unit twice in one meeting’s attendance',
      (db) => db.attendances.push({ ...db.attendances[0]!, id: 'again' }),
      'đã được ghi điểm danh ở một dòng khác'
    ],
    [
      'a remark of a unit outside the cluster',
      (db) => (db.remarks[0]!.unitId = 'ngoai-cum'),
      'đơn vị của người phát biểu (mã ngoai-cum) không thuộc cụm'
    ],
    [
      'minutes that amend minutes of another meeting',
      (db) => {
        const minutes = (id: string, meetingId: string, amendsMinutesId: string) => ({
          ...stamp,
          id,
          meetingId,
          kind: 'minutes' as const,
          body: '',
          status: 'draft' as const,
          documentId: '',
          amendsMinutesId,
          finalisedAt: ''
        })
        db.minutes.push(
          minutes('m1', db.meetings[0]!.id, ''),
          minutes('m2', db.meetings[1]!.id, 'm1')
        )
      },
      'không phải biên bản khác của cùng hội nghị'
    ],
    [
      'a composition pointing to a register entry that does not exist',
      (db) => (db.compositions[0]!.documentId = 'vb-khong-co'),
      'số văn bản (mã vb-khong-co) không có trong sổ văn bản'
    ],
    [
      'a format profile outside its legal range',
      (db) =>
        db.settings.push({
          key: `formatProfile.${db.clusters[0]!.id}`,
          value: { marginLeftMm: 5 },
          updatedAt: T
        }),
      'Lề trái: tối thiểu 30 mm.'
    ],
    [
      'a tracking entry of a unit that is not a member that year',
      (db) =>
        db.commitmentProgress.push({
          ...stamp,
          id: 'tt1',
          commitmentId: db.pactCommitments[0]!.id,
          unitId: 'ngoai-cum',
          status: 'done',
          evidence: '',
          updatedOn: ''
        }),
      'đơn vị (mã ngoai-cum) không thuộc cụm'
    ]
  ]

  it.each(cases)('refuses %s, naming the table and the row', (_name, change, expected) => {
    const db = sample()
    change(db)
    const found = messages(db)
    expect(found.join('\n')).toContain(expected)
    expect(found[0]).toMatch(/^Bảng “.+”, dòng \d+ \(mã .+\): /)
  })

  it('accepts the attendance of a unit later removed from the year, as the year editor allows', () => {
    const db = sample()
    const year = db.clusterYears.find((y) => y.id === db.meetings[0]!.clusterYearId)!
    const gone = year.memberUnitIds.find((u) => u !== year.leaderUnitId && u !== year.deputyUnitId)!
    year.memberUnitIds = year.memberUnitIds.filter((u) => u !== gone)
    delete year.unitNames[gone]
    expect(db.attendances.some((a) => a.unitId === gone)).toBe(true)
    expect(messages(db)).toEqual([])
  })

  it('checks vote figures with the vote rules: a show of hands cannot exceed the units present', () => {
    const vote = voteSchema.parse({
      ...stamp,
      id: 'v',
      meetingId: 'm',
      subject: 'Thông qua',
      options: [{ label: 'Tán thành', inFavour: 7 }]
    })
    const rules = clusterRulesSchema.parse({})
    const present = (n: number) => ({
      members: 7,
      present: n,
      absentExcused: 7 - n,
      absentUnexcused: 0,
      representatives: n
    })
    expect(voteFigureIssues(vote, rules, present(6), 0).join(' ')).toMatch(/7.*6|6.*7/)
    expect(voteFigureIssues(vote, rules, present(7), 0)).toEqual([])
    // A vote the upgrade flagged keeps figures the old app accepted, never impossible ones.
    const flagged = { ...vote, needsReview: { reason: 'cũ', flaggedAt: stamp.createdAt } }
    expect(voteFigureIssues(flagged, rules, present(6), 0).join(' ')).toContain('(6)')
    const short = { ...flagged, options: [{ ...vote.options[0]!, inFavour: 5 }] }
    expect(voteFigureIssues({ ...short, needsReview: null }, rules, present(6), 0)).not.toEqual([])
    expect(voteFigureIssues(short, rules, present(6), 0)).toEqual([])
  })

  it('lists the first problems in the refusal and counts the rest', () => {
    const db = sample()
    for (const a of db.attendances) a.unitId = 'ma'
    const issues = checkIntegrity(db)
    const error = new RestoreRefused(issues.items)
    expect(issues.items.length).toBeGreaterThanOrEqual(db.attendances.length)
    expect(error.message).toContain(`Và ${issues.items.length - 5} vấn đề khác.`)
    expect(error.message).toContain('dữ liệu hiện tại giữ nguyên')
  })
})
