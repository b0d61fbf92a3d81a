// A realistic history of one emulation cluster, as the rows of every table (each parsed by its
// table's schema, as the app stores it), for `make-cluster-backups` and `bench:screens`. Pure: no
// file, no clock, no randomness — the same shape always gives the same rows.
//
// What a cluster keeps over the years: units that join, are renamed (xã → phường) and merged;
// a year with its members, leading and deputy unit and the names as they were; a signed pact per
// year with its commitments and scored criteria; twelve meetings with attendance, remarks, a
// vote and finalised, numbered minutes; a Kế hoạch and a Thông báo; and the year-end scoring in
// the schema v7 tables (adopted rules, locked sheets, an entry per unit and criterion, bonus and
// penalty items, the adopted ranking computed by the app's own arithmetic).
import raw from '../../src/core/sample/sample-cluster.json'
import { TABLES, type TableName } from '../../src/core/model/entities'
import { sampleScoringCriteria, EXAMPLE_SCORING_RULES } from '../../src/core/sample/sample-scoring'
import { compileCriteria } from '../../src/core/scoring/plan'
import type { Criterion, MemberUnit, ClusterYear, Cluster } from '../../src/core/model/entities'
import type {
  ScoreAdjustment,
  ScoreEntry,
  ScoreSheet,
  ScoringRules
} from '../../src/core/scoring/model'
import { rankingRows } from '../../src/renderer/src/db/repositories/scoring-ranking-repo'

/** One unit over time: its names (each from a year on) and the years it is a member. */
export interface UnitPlan {
  names: Array<{ from: number; name: string; shortName: string }>
  /** First and last year of membership (inclusive); undefined: before or after the history. */
  firstYear?: number
  lastYear?: number
  /** Why it left, for the unit's note (a merger names the unit it joined). */
  note?: string
}

export interface HistoryShape {
  label: string
  firstYear: number
  lastYear: number
  units: UnitPlan[]
  meetingsPerYear: number
  remarksPerMeeting: number
  /** Attendance at every meeting, or only at the year's signing and two reviews (stress file). */
  attendanceAtEveryMeeting: boolean
}

const WARDS = [
  'Phúc Xá',
  'Trúc Bạch',
  'Vĩnh Phúc',
  'Cống Vị',
  'Liễu Giai',
  'Nguyễn Trung Trực',
  'Quán Thánh',
  'Ngọc Hà',
  'Điện Biên',
  'Đội Cấn',
  'Ngọc Khánh',
  'Kim Mã',
  'Giảng Võ',
  'Xuân Đỉnh'
]
const committee = (kind: string, place: string) => ({
  name: `Ủy ban MTTQ Việt Nam ${kind} ${place}`,
  shortName: `${kind[0]!.toLocaleUpperCase('vi')}${kind.slice(1)} ${place}`
})

/**
 * The 15 units of the thirty-year cluster: 12 wards from the start, one commune that becomes a
 * ward, one that joins and is renamed, two wards merged into a neighbour and two merged into a new
 * ward. `first`–`last` are the history's years; the events fall where they fit inside them.
 */
export function fifteenUnits(first: number, last: number): UnitPlan[] {
  const at = (share: number) => first + Math.round((last - first) * share)
  const ward = (place: string, extra: Partial<UnitPlan> = {}): UnitPlan => ({
    names: [{ from: first, ...committee('phường', place) }],
    ...extra
  })
  const renamed = (place: string, year: number, extra: Partial<UnitPlan> = {}): UnitPlan => ({
    names: [
      { from: first, ...committee('xã', place) },
      { from: year, ...committee('phường', place) }
    ],
    ...extra
  })
  const merged = (into: string, year: number) => ({
    lastYear: year - 1,
    note: `Sáp nhập vào ${into} từ ngày 01/01/${year}.`
  })
  const newWard = at(1)
  return [
    ward('Phúc Xá'),
    ward('Trúc Bạch'),
    renamed('Vĩnh Phúc', at(0.15)),
    ward('Cống Vị'),
    ward('Liễu Giai'),
    ward('Nguyễn Trung Trực', merged('phường Trúc Bạch', at(0.8))),
    ward('Quán Thánh', merged('phường Ba Đình', newWard)),
    ward('Ngọc Hà'),
    ward('Điện Biên', merged('phường Ba Đình', newWard)),
    ward('Đội Cấn', merged('phường Ngọc Hà', at(0.6))),
    ward('Ngọc Khánh'),
    ward('Kim Mã'),
    ward('Giảng Võ'),
    renamed('Xuân Đỉnh', at(0.4), { firstYear: at(0.25) }),
    { names: [{ from: newWard, ...committee('phường', 'Ba Đình') }], firstYear: newWard }
  ]
}

/** Many units for the stress file: every 20th renamed half way, every 30th merged two-thirds on. */
export function manyUnits(count: number, first: number, last: number): UnitPlan[] {
  const half = first + Math.floor((last - first) / 2)
  const later = first + Math.ceil(((last - first) * 2) / 3)
  return Array.from({ length: count }, (_, i) => {
    const place = `${WARDS[i % WARDS.length]} ${Math.floor(i / WARDS.length) + 1}`
    if (i % 20 === 0 && half > first)
      return {
        names: [
          { from: first, ...committee('xã', place) },
          { from: half, ...committee('phường', place) }
        ]
      }
    if (i % 30 === 29 && later > first)
      return {
        names: [{ from: first, ...committee('phường', place) }],
        lastYear: later - 1,
        note: `Sáp nhập vào đơn vị liền trước từ ngày 01/01/${later}.`
      }
    return { names: [{ from: first, ...committee('phường', place) }] }
  })
}

/** The cluster of 15 units over 30 years (1996–2025), or its last year only. */
export const THIRTY_YEARS: HistoryShape = {
  label: '30 năm',
  firstYear: 1996,
  lastYear: 2025,
  units: fifteenUnits(1996, 2025),
  meetingsPerYear: 12,
  remarksPerMeeting: 3,
  attendanceAtEveryMeeting: true
}
export const ONE_YEAR: HistoryShape = { ...THIRTY_YEARS, label: '1 năm', firstYear: 2025 }
/** 300 units and 10,000 meetings (1,000 a year over 2016–2025). */
export const STRESS: HistoryShape = {
  label: 'tải nặng',
  firstYear: 2016,
  lastYear: 2025,
  units: manyUnits(300, 2016, 2025),
  meetingsPerYear: 1000,
  remarksPerMeeting: 1,
  attendanceAtEveryMeeting: false
}

const MONTH_MEETINGS = [
  { type: 'pact-signing', title: 'Hội nghị ký kết giao ước thi đua năm' },
  { type: 'regular', title: 'Giao ban Cụm thi đua tháng' },
  { type: 'mid-year-review', title: 'Hội nghị sơ kết 6 tháng đầu năm' },
  { type: 'year-end-review', title: 'Hội nghị tổng kết công tác thi đua năm' }
] as const

const SPEECHES = [
  'Nhất trí với dự thảo báo cáo; đề nghị bổ sung kết quả giám sát, phản biện xã hội của các đơn vị.',
  'Đề nghị Cụm trưởng tổng hợp mô hình hay để nhân rộng trong các đơn vị.',
  'Đơn vị đã hoàn thành vận động Quỹ «Vì người nghèo», đề nghị ghi nhận vào báo cáo.'
]

/** The sample pact's commitments, flattened with their tree (parent index or -1). */
function commitmentTexts(): Array<{ text: string; parent: number }> {
  const out: Array<{ text: string; parent: number }> = []
  const walk = (items: Array<{ text: string; children?: unknown[] }>, parent: number) => {
    for (const item of items) {
      out.push({ text: item.text, parent })
      if (item.children)
        walk(item.children as Array<{ text: string; children?: unknown[] }>, out.length - 1)
    }
  }
  walk(raw.pacts[0]!.contents, -1)
  return out
}

const pad = (n: number) => String(n).padStart(2, '0')

function nameIn(plan: UnitPlan, year: number) {
  return [...plan.names].reverse().find((n) => n.from <= year) ?? plan.names[0]!
}

/** Every table's rows for the shape; each row passes its schema and the whole-database checks. */
export function clusterHistory(shape: HistoryShape): Record<TableName, unknown[]> {
  const { firstYear, lastYear } = shape
  const T = `${lastYear}-12-20T02:00:00.000Z`
  const stamp = { createdAt: T, updatedAt: T }
  const data = Object.fromEntries(Object.keys(TABLES).map((t) => [t, []])) as unknown as Record<
    TableName,
    Array<Record<string, unknown>>
  >
  const clusterId = 'cum-ba-dinh'
  const symbol = 'CTĐ3'
  const cluster = TABLES.clusters.parse({
    ...stamp,
    id: clusterId,
    name: 'Cụm thi đua số 3',
    parentBody: 'Ủy ban MTTQ Việt Nam quận Ba Đình',
    headerLines: ['ỦY BAN MTTQ VIỆT NAM', 'QUẬN BA ĐÌNH'],
    placeName: 'Ba Đình',
    symbol
  }) as Cluster

  // Units that are members in at least one year of the history; a unit's row has its latest name.
  const inRange = shape.units
    .map((plan, index) => ({ plan, index }))
    .filter(
      ({ plan }) =>
        (plan.firstYear ?? firstYear) <= lastYear && (plan.lastYear ?? lastYear) >= firstYear
    )
  const units = inRange.map(({ plan, index }, order) => {
    const from = plan.firstYear !== undefined && plan.firstYear > firstYear ? plan.firstYear : 0
    const to = plan.lastYear !== undefined && plan.lastYear < lastYear ? plan.lastYear : 0
    const latest = nameIn(plan, to || lastYear)
    return {
      plan,
      row: TABLES.memberUnits.parse({
        ...stamp,
        id: `dv-${index + 1}`,
        clusterId,
        name: latest.name,
        shortName: latest.shortName,
        placeName: 'Hà Nội',
        address: `Số ${index + 1} phố Đội Cấn, quận Ba Đình, Hà Nội`,
        displayOrder: order + 1,
        activeFrom: from ? `${from}-01-01` : '',
        activeTo: to ? `${to}-12-31` : '',
        note: plan.note ?? ''
      }) as MemberUnit
    }
  })
  cluster.rotationOrder = units.filter((u) => !u.row.activeTo).map((u) => u.row.id)
  data.clusters.push(cluster)
  data.memberUnits.push(...units.map((u) => u.row))

  /** A number in the cluster's register (ND30 symbol `05/BB-CTĐ3`). */
  const register = (
    id: string,
    entry: { year: number; typeCode: string; number: number } & Record<string, unknown>
  ) =>
    data.documents.push(
      TABLES.documents.parse({
        ...stamp,
        ...entry,
        id,
        clusterId,
        symbol: `${pad(entry.number)}/${entry.typeCode}-${symbol}`
      })
    )
  const commitments = commitmentTexts()
  const criteriaTemplate = sampleScoringCriteria()
  for (let year = firstYear; year <= lastYear; year++) {
    const members = units.filter(
      ({ plan }) => (plan.firstYear ?? firstYear) <= year && (plan.lastYear ?? lastYear) >= year
    )
    const memberIds = members.map((m) => m.row.id)
    const yearId = `nam-${year}`
    const y = year - firstYear
    const clusterYear = TABLES.clusterYears.parse({
      ...stamp,
      id: yearId,
      clusterId,
      year,
      memberUnitIds: memberIds,
      leaderUnitId: memberIds[y % memberIds.length],
      deputyUnitId: memberIds[(y + 1) % memberIds.length],
      unitNames: Object.fromEntries(members.map((m) => [m.row.id, nameIn(m.plan, year).name]))
    }) as ClusterYear
    data.clusterYears.push(clusterYear)

    // Meetings: the signing in February, the reviews in July and December, monthly ones between;
    // the stress shape adds more on the same days. The year's last two are still planned.
    const meetingIds: string[] = []
    let signingId = ''
    let yearEndId = ''
    let minutesNumber = 0
    for (let m = 0; m < shape.meetingsPerYear; m++) {
      const month = (m % 12) + 1
      const kind =
        month === 2
          ? MONTH_MEETINGS[0]
          : month === 7
            ? MONTH_MEETINGS[2]
            : month === 12
              ? MONTH_MEETINGS[3]
              : MONTH_MEETINGS[1]
      const round = Math.floor(m / 12)
      const id = `hn-${year}-${m}`
      const date = `${year}-${pad(month)}-${pad(5 + (round % 20))}`
      const planned = year === lastYear && m >= shape.meetingsPerYear - 2
      const host = memberIds[m % memberIds.length]!
      const title =
        kind.type === 'regular'
          ? `${kind.title} ${month}/${year}${round ? ` (lần ${round + 1})` : ''}`
          : `${kind.title}${kind.type === 'mid-year-review' ? '' : ` ${year}`}${round ? ` (lần ${round + 1})` : ''}`
      data.meetings.push(
        TABLES.meetings.parse({
          ...stamp,
          id,
          clusterYearId: yearId,
          type: kind.type,
          title,
          date,
          startTime: '08:00',
          endTime: '11:00',
          place: `Hội trường ${nameIn(members[m % members.length]!.plan, year).name}`,
          hostUnitId: host,
          chair: { name: 'Nguyễn Văn An', position: 'Chủ tịch' },
          secretary: { name: 'Trần Thị Bình', position: 'Cán bộ' },
          agenda: ['Đánh giá kết quả thực hiện giao ước', 'Triển khai nhiệm vụ thời gian tới'],
          conclusion: 'Hội nghị thống nhất các nội dung đã thảo luận.',
          status: planned ? 'planned' : 'finalised'
        })
      )
      meetingIds.push(id)
      if (kind.type === 'pact-signing' && !signingId) signingId = id
      if (kind.type === 'year-end-review' && !yearEndId) yearEndId = id
      if (planned) continue
      const attending = shape.attendanceAtEveryMeeting || (kind.type !== 'regular' && round === 0)
      if (attending)
        members.forEach(({ row }, u) =>
          data.attendances.push(
            TABLES.attendances.parse({
              ...stamp,
              id: `dd-${year}-${m}-${u}`,
              meetingId: id,
              unitId: row.id,
              status: (u + m) % 9 === 4 ? 'absent-excused' : 'present',
              reason: (u + m) % 9 === 4 ? 'Trùng lịch công tác của đơn vị' : '',
              representatives: [{ name: 'Lê Văn Cường', position: 'Phó Chủ tịch' }]
            })
          )
        )
      for (let r = 0; r < shape.remarksPerMeeting; r++)
        data.remarks.push(
          TABLES.remarks.parse({
            ...stamp,
            id: `yk-${year}-${m}-${r}`,
            meetingId: id,
            order: r,
            speakerName: 'Phạm Thị Dung',
            speakerPosition: 'Chủ tịch',
            unitId: memberIds[(m + r) % memberIds.length],
            summary: SPEECHES[r % SPEECHES.length]
          })
        )
      if (attending) {
        const present = members.filter((_, u) => (u + m) % 9 !== 4).length
        data.votes.push(
          TABLES.votes.parse({
            ...stamp,
            id: `bq-${year}-${m}`,
            meetingId: id,
            subject: 'Thông qua kết luận hội nghị',
            method: 'show-of-hands',
            electors: present,
            purpose: 'adopt',
            options: [{ label: 'Tán thành', inFavour: present, against: 0, abstain: 0 }]
          })
        )
      }
      const documentId = `vb-bb-${year}-${m}`
      minutesNumber++
      register(documentId, {
        year,
        typeCode: 'BB',
        number: minutesNumber,
        issuedOn: date,
        title,
        sourceTable: 'minutes',
        sourceId: `bb-${year}-${m}`,
        signer: 'Nguyễn Văn An'
      })
      data.minutes.push(
        TABLES.minutes.parse({
          ...stamp,
          id: `bb-${year}-${m}`,
          meetingId: id,
          body: `Hồi 08 giờ 00 phút ngày ${date.slice(8)}/${date.slice(5, 7)}/${year}, ${title}.\nHội nghị kết thúc hồi 11 giờ 00 phút cùng ngày.`,
          status: 'finalised',
          documentId,
          finalisedAt: `${date}T05:00:00.000Z`
        })
      )
    }

    // The pact, signed at the signing meeting, its commitments and criteria.
    const pactId = `gu-${year}`
    data.pacts.push(
      TABLES.pacts.parse({
        ...stamp,
        id: pactId,
        clusterYearId: yearId,
        title: `Giao ước thi đua năm ${year}`,
        status: 'signed',
        signedOn: `${year}-02-05`,
        signingMeetingId: signingId,
        basis: [
          `Kế hoạch công tác thi đua, khen thưởng năm ${year} của Ủy ban MTTQ Việt Nam quận Ba Đình`
        ],
        signatories: memberIds.map((unitId) => ({
          unitId,
          titleLines: ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'],
          name: ''
        }))
      })
    )
    commitments.forEach(({ text, parent }, c) =>
      data.pactCommitments.push(
        TABLES.pactCommitments.parse({
          ...stamp,
          id: `nd-${year}-${c}`,
          pactId,
          parentId: parent >= 0 ? `nd-${year}-${parent}` : '',
          order: c,
          text
        })
      )
    )
    const criteria = criteriaTemplate.map(
      (c) => TABLES.criteria.parse({ ...c, ...stamp, id: `${year}-${c.id}`, pactId }) as Criterion
    )
    data.criteria.push(...criteria)
    yearEndScoring(data, {
      cluster,
      year: clusterYear,
      criteria,
      members: members.map((m) => m.row),
      yearEndId,
      current: year === lastYear,
      stamp
    })

    // The year's Kế hoạch and Thông báo, numbered in the register.
    for (const [k, kind, code, month, summary] of [
      [0, 'plan', 'KH', 1, `Hoạt động của Cụm thi đua số 3 năm ${year}`],
      [1, 'notice', 'TB', 3, `Kết quả Hội nghị ký kết giao ước thi đua năm ${year}`]
    ] as const) {
      const documentId = `vb-${code.toLowerCase()}-${year}`
      register(documentId, {
        year,
        typeCode: code,
        number: 1,
        issuedOn: `${year}-${pad(month)}-10`,
        title: summary,
        sourceTable: 'compositions',
        sourceId: `vb-soan-${year}-${k}`
      })
      data.compositions.push(
        TABLES.compositions.parse({
          ...stamp,
          id: `vb-soan-${year}-${k}`,
          clusterId,
          year,
          kind,
          summary,
          body: `Cụm thi đua số 3 ${kind === 'plan' ? 'xây dựng Kế hoạch hoạt động' : 'thông báo kết quả hội nghị'} năm ${year} như sau:\n- Các đơn vị tổ chức thực hiện.`,
          issuedOn: `${year}-${pad(month)}-10`,
          signerTitleLines: ['TM. CỤM TRƯỞNG', 'CHỦ TỊCH'],
          recipients: ['Các đơn vị thành viên Cụm', 'Lưu VP'],
          documentId
        })
      )
    }
  }
  data.settings.push(
    { key: 'activeClusterId', value: clusterId, updatedAt: T },
    { key: 'firstRunDone', value: true, updatedAt: T }
  )
  return data as Record<TableName, unknown[]>
}

/**
 * The year-end scoring of a year: adopted rules, a locked sheet per member, an entry per unit and
 * base criterion (the cluster cut some scores, with a reason), a bonus for some units, a penalty
 * for others, and the ranking the year-end meeting adopted, computed by the app's arithmetic.
 * The current year is still being scored: sheets submitted with self-scores, nothing reviewed.
 */
function yearEndScoring(
  data: Record<TableName, Array<Record<string, unknown>>>,
  ctx: {
    cluster: Cluster
    year: ClusterYear
    criteria: Criterion[]
    members: MemberUnit[]
    yearEndId: string
    current: boolean
    stamp: { createdAt: string; updatedAt: string }
  }
): void {
  const { year, criteria, members, stamp, current } = ctx
  const adoptedOn = `${year.year}-12-15`
  const rules = TABLES.scoringRules.parse({
    ...stamp,
    ...EXAMPLE_SCORING_RULES,
    id: `qd-${year.year}`,
    clusterYearId: year.id,
    status: 'adopted',
    adoptedOn: `${year.year}-02-05`,
    selfScoreDeadline: `${year.year}-11-30`
  }) as ScoringRules
  const sheets: ScoreSheet[] = []
  const entries: ScoreEntry[] = []
  const adjustments: ScoreAdjustment[] = []
  const bonus = criteria.find((c) => c.kind === 'bonus')!
  const penalty = criteria.find((c) => c.kind === 'penalty')!
  members.forEach((unit, u) => {
    sheets.push(
      TABLES.scoreSheets.parse({
        ...stamp,
        id: `pc-${year.year}-${unit.id}`,
        clusterYearId: year.id,
        unitId: unit.id,
        submittedOn: `${year.year}-11-25`,
        signerName: 'Phạm Thị Dung',
        signerTitle: 'Chủ tịch',
        ...(current
          ? { status: 'submitted' }
          : {
              status: 'locked',
              adoptedInMeetingId: ctx.yearEndId,
              adoptedOn,
              lockedAt: `${year.year}-12-20T02:00:00.000Z`
            })
      }) as ScoreSheet
    )
    criteria
      .filter((c) => c.kind === 'base')
      .forEach((criterion, k) => {
        const max = Math.round(criterion.maxPoints! * 100)
        const self = max - ((u + k + year.year) % 4) * 50
        const cut = !current && (u + k) % 11 === 3
        entries.push(
          TABLES.scoreEntries.parse({
            ...stamp,
            id: `d-${year.year}-${unit.id}-${k}`,
            clusterYearId: year.id,
            unitId: unit.id,
            criterionId: criterion.id,
            selfScore: self,
            reviewedScore: current ? null : cut ? Math.max(0, self - 100) : self,
            diffReason: cut ? 'Minh chứng chưa đủ so với chỉ tiêu giao ước.' : ''
          }) as ScoreEntry
        )
      })
    if (u % 4 === 0)
      adjustments.push(
        TABLES.scoreAdjustments.parse({
          ...stamp,
          id: `dc-${year.year}-${unit.id}`,
          clusterYearId: year.id,
          unitId: unit.id,
          kind: 'bonus',
          criterionId: bonus.id,
          reason: 'Mô hình «Khu dân cư không rác thải nhựa» được Thành phố biểu dương',
          selfPoints: 250,
          reviewedPoints: current ? null : 250
        }) as ScoreAdjustment
      )
    if (u % 5 === 2 && !current)
      adjustments.push(
        TABLES.scoreAdjustments.parse({
          ...stamp,
          id: `dt-${year.year}-${unit.id}`,
          clusterYearId: year.id,
          unitId: unit.id,
          kind: 'penalty',
          criterionId: penalty.id,
          order: 1,
          reason: 'Nộp báo cáo 6 tháng chậm so với thời hạn',
          proposedBy: 'cluster',
          reviewedPoints: 100
        }) as ScoreAdjustment
      )
  })
  const plan = compileCriteria(criteria)
  const facts = {
    cluster: ctx.cluster,
    year,
    units: members,
    plan,
    rules,
    sheets,
    entries,
    adjustments
  }
  data.scoringRules.push(rules)
  data.scoreSheets.push(...sheets)
  data.scoreEntries.push(...entries)
  data.scoreAdjustments.push(...adjustments)
  if (current) return
  data.rankingSnapshots.push(
    TABLES.rankingSnapshots.parse({
      ...stamp,
      id: `xh-${year.year}`,
      clusterYearId: year.id,
      computedAt: `${year.year}-12-15T03:00:00.000Z`,
      criteriaVersion: plan.version,
      status: 'locked',
      adoptedInMeetingId: ctx.yearEndId,
      adoptedOn,
      rows: rankingRows(facts)
    })
  )
}
