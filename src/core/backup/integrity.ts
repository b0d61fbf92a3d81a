import type { ClusterRules, ClusterYear, MemberUnit, Vote } from '../model/entities'
import { checkSetting, SETTING_KEYS } from '../model/settings'
import {
  checkMeeting,
  checkVote,
  summarizeAttendance,
  type AttendanceSummary
} from '../rules/meetings'
import { checkUnitAgainstOthers } from '../rules/member-units'
import { checkClusterYear } from '../rules/rotation'
import { formatExact } from '../scoring/points'
import { toneKey } from '../text/tone-key'
import { IssueList } from './issues'
import type { DatabaseRows } from './rows'
import { checkAwards, checkBallots } from './integrity-year-end'
import { YEAR_END_TABLE_NAMES } from '../model/entities'

/**
 * Whole-database checks of a backup's rows, after every row passed its own schema and before
 * anything is written: the rows must form a database the app's own repositories would have
 * written. At least one cluster and a valid active cluster; every reference resolves (years to a
 * cluster, meetings to a year, attendance and votes to units of that year, the scoring of a year
 * to its units and the criteria of its pact,
 * signatories and leaders to members); commitment and criterion trees without cycles; unique keys
 * and unique pairs checked on the cleaned values; vote figures that add up.
 *
 * Pure: no database, no DOM. Returns the problems, each naming the table, the row and the reason.
 */

/**
 * The one place the restore checks a vote's figures; it calls the vote model's own rules, so a
 * restored vote can always be saved again. A vote the v6 migration flagged for review (figures
 * recorded before the vote model, found contradictory) is kept as the user's data: it is shown
 * flagged and blocks finalising until the secretary corrects it, exactly as after the upgrade.
 */
export function voteFigureIssues(
  vote: Vote,
  rules: ClusterRules,
  attendance: AttendanceSummary,
  index: number
): string[] {
  if (vote.needsReview) return figuresNoVersionAllowed(vote, attendance.present, index)
  return checkVote(vote, rules, attendance, index).map((issue) => issue.message)
}

/**
 * What every version of the app refused, flagged vote or not: more ballots returned than issued,
 * valid and invalid not adding up to those returned, and more voices for one option than valid
 * ballots (or people present). A file holding such figures was never written by the app, so a
 * `needsReview` flag does not let it through (1000 votes in favour of 5 ballots is refused).
 */
function figuresNoVersionAllowed(vote: Vote, present: number, index: number): string[] {
  const label = `Biểu quyết ${index + 1} (“${vote.subject}”)`
  const out: string[] = []
  if (vote.method === 'secret-ballot') {
    if (vote.ballotsReturned > vote.ballotsIssued)
      out.push(`${label}: số phiếu thu vào nhiều hơn số phiếu phát ra.`)
    if (vote.ballotsValid + vote.ballotsInvalid !== vote.ballotsReturned)
      out.push(`${label}: số phiếu hợp lệ cộng không hợp lệ khác số phiếu thu vào.`)
  }
  const secret = vote.method === 'secret-ballot'
  const ceiling = secret ? vote.ballotsValid : vote.electors || present
  const words = secret ? 'số phiếu hợp lệ' : 'số người biểu quyết'
  for (const option of vote.options) {
    const voices = option.inFavour + option.against + option.abstain
    if (voices > ceiling)
      out.push(`${label}, “${option.label}”: ${voices} ý kiến, vượt quá ${words} (${ceiling}).`)
  }
  return out
}

interface Indexed<T> {
  byId: Map<string, T>
}

function index<T extends { id: string }>(table: string, rows: T[], issues: IssueList): Indexed<T> {
  const byId = new Map<string, T>()
  rows.forEach((row, i) => {
    if (byId.has(row.id)) issues.add(table, i, row, 'mã này đã có ở một dòng khác (trùng mã)')
    else byId.set(row.id, row)
  })
  return { byId }
}

/** A pair or tuple that must be unique in a table (a unique index of the database). */
export function unique<T>(
  table: string,
  rows: T[],
  keyOf: (row: T) => string,
  message: (row: T) => string,
  issues: IssueList
): void {
  const seen = new Set<string>()
  rows.forEach((row, i) => {
    const key = keyOf(row)
    if (seen.has(key)) issues.add(table, i, row, message(row))
    seen.add(key)
  })
}

/** Ids of rows whose chain of parents runs in a circle (such rows are shown nowhere). */
function rowsInCycles(rows: Array<{ id: string; parentId: string }>): Set<string> {
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]))
  const settled = new Set<string>()
  const cyclic = new Set<string>()
  for (const row of rows) {
    const path: string[] = []
    const onPath = new Set<string>()
    let current: string | undefined = row.id
    while (current && parentOf.has(current) && !settled.has(current)) {
      if (onPath.has(current)) {
        for (const id of path.slice(path.indexOf(current))) cyclic.add(id)
        break
      }
      onPath.add(current)
      path.push(current)
      current = parentOf.get(current)
    }
    for (const id of path) settled.add(id)
  }
  return cyclic
}

/** Checks a tree table (commitments, criteria): parents in the same pact, no cycles. */
function checkTree(
  table: string,
  rows: Array<{ id: string; parentId: string; pactId: string }>,
  pacts: Set<string>,
  what: string,
  issues: IssueList
): void {
  const byId = new Map(rows.map((r) => [r.id, r]))
  const cyclic = rowsInCycles(rows)
  rows.forEach((row, i) => {
    if (!pacts.has(row.pactId)) issues.add(table, i, row, absent('giao ước', row.pactId))
    else if (row.parentId && byId.get(row.parentId)?.pactId !== row.pactId)
      issues.add(table, i, row, `${what} cha (mã ${row.parentId}) không thuộc cùng giao ước`)
    else if (cyclic.has(row.id))
      issues.add(
        table,
        i,
        row,
        `${what} này nằm trong một vòng lặp cha–con (là cha của chính nó), sẽ không hiện ở đâu cả`
      )
  })
}

/** `năm thi đua (mã x) không có trong bản sao lưu`: a reference that resolves to nothing. */
export const absent = (what: string, id: string) => `${what} (mã ${id}) không có trong bản sao lưu`

/** The indexes and lookups every part of the check shares. */
function context(rows: DatabaseRows, issues: IssueList) {
  const clusters = index('clusters', rows.clusters, issues)
  const units = index('memberUnits', rows.memberUnits, issues)
  const people = index('unitPeople', rows.unitPeople, issues)
  const years = index('clusterYears', rows.clusterYears, issues)
  const pacts = index('pacts', rows.pacts, issues)
  const commitments = index('pactCommitments', rows.pactCommitments, issues)
  const criteria = index('criteria', rows.criteria, issues)
  const meetings = index('meetings', rows.meetings, issues)
  const documents = index('documents', rows.documents, issues)
  const minutes = index('minutes', rows.minutes, issues)
  for (const table of [
    'commitmentProgress',
    'attendances',
    'guests',
    'remarks',
    'votes',
    'compositions',
    'auditLog',
    'scoringRules',
    'scoreSheets',
    'scoreEntries',
    'scoreAdjustments',
    'rankingSnapshots',
    ...YEAR_END_TABLE_NAMES
  ] as const) {
    index(table, rows[table] as Array<{ id: string }>, issues)
  }
  unique(
    'settings',
    rows.settings,
    (s) => s.key,
    () => 'khóa cài đặt này đã có ở một dòng khác',
    issues
  )

  if (rows.clusters.length === 0)
    issues.addTable(
      'clusters',
      'bản sao lưu không có cụm thi đua nào; khôi phục sẽ xóa toàn bộ dữ liệu mà không để lại gì để làm việc'
    )

  const unitName = (id: string) => {
    const unit = units.byId.get(id)
    return unit ? `“${unit.name}”` : `(mã ${id})`
  }
  const clusterOfYear = (year: ClusterYear | undefined) =>
    year ? clusters.byId.get(year.clusterId) : undefined
  const isClusterUnit = (clusterId: string, unitId: string) =>
    units.byId.get(unitId)?.clusterId === clusterId
  const members = new Map(rows.clusterYears.map((y) => [y.id, new Set(y.memberUnitIds)]))
  // Attendance, scores, tracking and signatures must name a unit of the year's cluster, not
  // necessarily a member of that year: the year editor lets a unit be removed from a year after
  // they were recorded (the meeting editor then drops it), and such a backup must still restore.
  const ofYearCluster = (yearId: string, unitId: string) =>
    isClusterUnit(years.byId.get(yearId)?.clusterId ?? '', unitId)
  return {
    rows,
    issues,
    clusters,
    units,
    people,
    years,
    pacts,
    commitments,
    criteria,
    meetings,
    documents,
    minutes,
    members,
    unitName,
    clusterOfYear,
    isClusterUnit,
    ofYearCluster
  }
}

export type Context = ReturnType<typeof context>

/** Clusters, their rotation order, member units and their people. */
function checkUnits({ rows, issues, clusters, units, unitName, isClusterUnit }: Context): void {
  // Clusters: the rotation order lists each unit of the cluster at most once.
  rows.clusters.forEach((cluster, i) => {
    const seen = new Set<string>()
    for (const unitId of cluster.rotationOrder) {
      if (!isClusterUnit(cluster.id, unitId))
        issues.add(
          'clusters',
          i,
          cluster,
          `thứ tự luân phiên có đơn vị ${unitName(unitId)} không thuộc cụm`
        )
      else if (seen.has(unitId))
        issues.add(
          'clusters',
          i,
          cluster,
          `thứ tự luân phiên ghi đơn vị ${unitName(unitId)} hai lần`
        )
      seen.add(unitId)
    }
  })

  // Member units: in a cluster; the rules against the other units (names, periods).
  const rivals = new Map<string, MemberUnit[]>()
  rows.memberUnits.forEach((unit, i) => {
    if (!clusters.byId.has(unit.clusterId)) {
      issues.add('memberUnits', i, unit, absent('cụm thi đua', unit.clusterId))
      return
    }
    const keys = [`n:${unit.clusterId}:${toneKey(unit.name)}`]
    if (unit.shortName) keys.push(`s:${unit.clusterId}:${toneKey(unit.shortName)}`)
    const others = keys.flatMap((k) => rivals.get(k) ?? [])
    for (const issue of checkUnitAgainstOthers(unit, others))
      issues.add('memberUnits', i, unit, issue.message)
    for (const k of keys) rivals.set(k, [...(rivals.get(k) ?? []), unit])
  })
  rows.unitPeople.forEach((person, i) => {
    if (!units.byId.has(person.unitId))
      issues.add('unitPeople', i, person, absent('đơn vị', person.unitId))
  })
}

/** Cluster years: cluster, members, leader, deputy and signers. */
function checkYears({ rows, issues, clusters, people, unitName, isClusterUnit }: Context): void {
  // Years: in a cluster, one per cluster and year, members of that cluster listed once, leader
  // and deputy among them, signers from the leading and deputy units.
  unique(
    'clusterYears',
    rows.clusterYears,
    (y) => `${y.clusterId}|${y.year}`,
    (y) => `năm ${y.year} đã có ở một dòng khác của cùng cụm`,
    issues
  )
  rows.clusterYears.forEach((year, i) => {
    if (!clusters.byId.has(year.clusterId)) {
      issues.add('clusterYears', i, year, absent('cụm thi đua', year.clusterId))
      return
    }
    const seen = new Set<string>()
    for (const unitId of year.memberUnitIds) {
      if (!isClusterUnit(year.clusterId, unitId))
        issues.add('clusterYears', i, year, `đơn vị tham gia ${unitName(unitId)} không thuộc cụm`)
      else if (seen.has(unitId))
        issues.add(
          'clusterYears',
          i,
          year,
          `đơn vị ${unitName(unitId)} được ghi hai lần trong danh sách tham gia`
        )
      seen.add(unitId)
    }
    for (const issue of checkClusterYear(year)) issues.add('clusterYears', i, year, issue.message)
    for (const [field, unitField, label] of [
      ['leaderSignerId', 'leaderUnitId', 'người ký cho cụm trưởng'],
      ['deputySignerId', 'deputyUnitId', 'người ký cho cụm phó']
    ] as const) {
      // A signer removed from the unit's people since leaves a dangling id the documents skip;
      // a signer of another unit is what the year editor refuses.
      const person = year[field] ? people.byId.get(year[field]) : undefined
      if (person && person.unitId !== year[unitField])
        issues.add('clusterYears', i, year, `${label} phải là người của đơn vị đó`)
    }
  })
}

/** Pacts, their trees and tracking. */
function checkPacts({
  rows,
  issues,
  years,
  pacts,
  commitments,
  meetings,
  unitName,
  ofYearCluster
}: Context): void {
  // Pacts: one per year; signatories are members, each once; the signing meeting is of that year.
  unique(
    'pacts',
    rows.pacts,
    (p) => p.clusterYearId,
    () => 'năm thi đua này đã có một giao ước khác',
    issues
  )
  rows.pacts.forEach((pact, i) => {
    if (!years.byId.has(pact.clusterYearId)) {
      issues.add('pacts', i, pact, absent('năm thi đua', pact.clusterYearId))
      return
    }
    const seen = new Set<string>()
    for (const s of pact.signatories) {
      if (!ofYearCluster(pact.clusterYearId, s.unitId))
        issues.add('pacts', i, pact, `người ký của đơn vị ${unitName(s.unitId)}, không thuộc cụm`)
      else if (seen.has(s.unitId))
        issues.add('pacts', i, pact, `đơn vị ${unitName(s.unitId)} có hai người ký`)
      seen.add(s.unitId)
    }
    if (
      pact.signingMeetingId &&
      meetings.byId.get(pact.signingMeetingId)?.clusterYearId !== pact.clusterYearId
    )
      issues.add(
        'pacts',
        i,
        pact,
        `hội nghị ký kết (mã ${pact.signingMeetingId}) không phải hội nghị của năm đó`
      )
    if (pact.status === 'signed' && !pact.signedOn)
      issues.add('pacts', i, pact, 'giao ước đã ký nhưng không có ngày ký')
  })
  const pactIds = new Set(pacts.byId.keys())
  checkTree('pactCommitments', rows.pactCommitments, pactIds, 'nội dung', issues)
  checkTree('criteria', rows.criteria, pactIds, 'tiêu chí', issues)
  const yearOfPact = (pactId: string) => pacts.byId.get(pactId)?.clusterYearId ?? ''

  // Tracking: of a commitment of that year's pact, for a unit of the cluster, one per unit.
  unique(
    'commitmentProgress',
    rows.commitmentProgress,
    (p) => `${p.commitmentId}|${p.unitId}`,
    (p) => `đơn vị ${unitName(p.unitId)} đã có mục theo dõi cho nội dung này ở một dòng khác`,
    issues
  )
  rows.commitmentProgress.forEach((progress, i) => {
    const commitment = commitments.byId.get(progress.commitmentId)
    if (!commitment)
      issues.add(
        'commitmentProgress',
        i,
        progress,
        absent('nội dung giao ước', progress.commitmentId)
      )
    else if (!ofYearCluster(yearOfPact(commitment.pactId), progress.unitId))
      issues.add(
        'commitmentProgress',
        i,
        progress,
        `đơn vị ${unitName(progress.unitId)} không thuộc cụm`
      )
  })
}

/** Meetings and their parts. */
function checkMeetings({
  rows,
  issues,
  people,
  clusters,
  years,
  meetings,
  documents,
  minutes,
  members,
  unitName,
  clusterOfYear,
  isClusterUnit,
  ofYearCluster
}: Context): void {
  // Meetings and their parts.
  rows.meetings.forEach((meeting, i) => {
    const year = years.byId.get(meeting.clusterYearId)
    const cluster = clusterOfYear(year)
    if (!year || !cluster) {
      issues.add('meetings', i, meeting, absent('năm thi đua', meeting.clusterYearId))
      return
    }
    // The chair's name is asked for by the editor at the next save; the sample has none.
    for (const issue of checkMeeting(meeting).filter((x) => x.field !== 'chair.name'))
      issues.add('meetings', i, meeting, issue.message)
    if (meeting.hostUnitId && !isClusterUnit(cluster.id, meeting.hostUnitId))
      issues.add(
        'meetings',
        i,
        meeting,
        `đơn vị đăng cai ${unitName(meeting.hostUnitId)} không thuộc cụm`
      )
    for (const [who, label] of [
      [meeting.chair, 'chủ trì'],
      [meeting.secretary, 'thư ký']
    ] as const) {
      if (who.unitId && !isClusterUnit(cluster.id, who.unitId))
        issues.add(
          'meetings',
          i,
          meeting,
          `đơn vị của ${label} ${unitName(who.unitId)} không thuộc cụm`
        )
      if (who.personId && !people.byId.has(who.personId))
        issues.add(
          'meetings',
          i,
          meeting,
          `${label} (mã ${who.personId}) không có trong danh sách người của các đơn vị`
        )
    }
  })
  const yearOfMeeting = (meetingId: string) => meetings.byId.get(meetingId)?.clusterYearId ?? ''
  const clusterOfMeeting = (meetingId: string) =>
    years.byId.get(yearOfMeeting(meetingId))?.clusterId ?? ''
  const missingMeeting = (row: { meetingId: string }) => absent('hội nghị', row.meetingId)

  unique(
    'attendances',
    rows.attendances,
    (a) => `${a.meetingId}|${a.unitId}`,
    (a) => `đơn vị ${unitName(a.unitId)} đã được ghi điểm danh ở một dòng khác của cùng hội nghị`,
    issues
  )
  const attendancesOf = new Map<string, DatabaseRows['attendances']>()
  rows.attendances.forEach((attendance, i) => {
    if (!meetings.byId.has(attendance.meetingId))
      return issues.add('attendances', i, attendance, missingMeeting(attendance))
    if (!ofYearCluster(yearOfMeeting(attendance.meetingId), attendance.unitId))
      issues.add(
        'attendances',
        i,
        attendance,
        `đơn vị ${unitName(attendance.unitId)} không thuộc cụm`
      )
    const list = attendancesOf.get(attendance.meetingId) ?? []
    list.push(attendance)
    attendancesOf.set(attendance.meetingId, list)
  })
  for (const table of ['guests', 'remarks'] as const) {
    rows[table].forEach((row, i) => {
      if (!meetings.byId.has(row.meetingId)) issues.add(table, i, row, missingMeeting(row))
    })
  }
  rows.remarks.forEach((remark, i) => {
    if (
      remark.unitId &&
      meetings.byId.has(remark.meetingId) &&
      !isClusterUnit(clusterOfMeeting(remark.meetingId), remark.unitId)
    )
      issues.add(
        'remarks',
        i,
        remark,
        `đơn vị của người phát biểu ${unitName(remark.unitId)} không thuộc cụm`
      )
  })
  const voteIndex = new Map<string, number>()
  rows.votes.forEach((vote, i) => {
    if (!meetings.byId.has(vote.meetingId))
      return issues.add('votes', i, vote, missingMeeting(vote))
    const yearId = yearOfMeeting(vote.meetingId)
    for (const option of vote.options) {
      if (option.unitId && !isClusterUnit(clusterOfMeeting(vote.meetingId), option.unitId))
        issues.add(
          'votes',
          i,
          vote,
          `phương án “${option.label}” ghi đơn vị ${unitName(option.unitId)} không thuộc cụm`
        )
    }
    const attendance = summarizeAttendance(
      [...(members.get(yearId) ?? [])],
      attendancesOf.get(vote.meetingId) ?? []
    )
    const rules = clusters.byId.get(clusterOfMeeting(vote.meetingId))?.rules
    const position = voteIndex.get(vote.meetingId) ?? 0
    voteIndex.set(vote.meetingId, position + 1)
    if (!rules) return
    for (const message of voteFigureIssues(vote, rules, attendance, position))
      issues.add('votes', i, vote, message)
  })
  rows.minutes.forEach((row, i) => {
    if (!meetings.byId.has(row.meetingId)) return issues.add('minutes', i, row, missingMeeting(row))
    if (row.documentId && !documents.byId.has(row.documentId))
      issues.add('minutes', i, row, `số văn bản (mã ${row.documentId}) không có trong sổ văn bản`)
    const amended = row.amendsMinutesId ? minutes.byId.get(row.amendsMinutesId) : undefined
    if (row.amendsMinutesId && (amended?.meetingId !== row.meetingId || amended.id === row.id))
      issues.add(
        'minutes',
        i,
        row,
        `biên bản được đính chính (mã ${row.amendsMinutesId}) không phải biên bản khác của cùng hội nghị`
      )
    if (row.status === 'finalised' && !row.finalisedAt)
      issues.add('minutes', i, row, 'biên bản đã hoàn tất nhưng không có thời điểm hoàn tất')
  })
}

/** The register and the compositions. */
function checkRegister({ rows, issues, clusters, documents }: Context): void {
  // The register: one number per cluster, year, type and number, compared after cleaning.
  unique(
    'documents',
    rows.documents,
    (d) => `${d.clusterId}|${d.year}|${d.typeCode}|${d.number}`,
    (d) =>
      `số ${d.number}${d.typeCode ? '/' + d.typeCode : ''} năm ${d.year} đã được cấp cho một văn bản khác`,
    issues
  )
  rows.documents.forEach((doc, i) => {
    if (!clusters.byId.has(doc.clusterId))
      issues.add('documents', i, doc, absent('cụm thi đua', doc.clusterId))
  })
  rows.compositions.forEach((row, i) => {
    if (!clusters.byId.has(row.clusterId))
      issues.add('compositions', i, row, absent('cụm thi đua', row.clusterId))
    if (row.documentId && !documents.byId.has(row.documentId))
      issues.add(
        'compositions',
        i,
        row,
        `số văn bản (mã ${row.documentId}) không có trong sổ văn bản`
      )
  })
}

/** The settings. */
function checkSettings({ rows, issues, clusters }: Context): void {
  // Settings: each value fits its key; the active cluster is one of the file's clusters.
  rows.settings.forEach((setting, i) => {
    const checked = checkSetting(setting.key, setting.value)
    if (!checked.ok) return issues.add('settings', i, setting, checked.message)
    if (setting.key === SETTING_KEYS.activeClusterId && !clusters.byId.has(checked.value as string))
      issues.add('settings', i, setting, absent('cụm đang dùng', String(checked.value)))
  })
}

/**
 * The year-end scoring (schema v7): each row of a cluster year that exists, about a unit of that
 * year's cluster; entries and items about criteria of that year's pact, an entry never above its
 * criterion's maximum; one set of rules per year, one sheet per unit and year, one entry per unit
 * and criterion; a meeting named as adopting a sheet or a ranking is of that year.
 */
function checkScoring({
  rows,
  issues,
  years,
  pacts,
  criteria,
  meetings,
  unitName,
  ofYearCluster
}: Context): void {
  const yearOfCriterion = (criterionId: string) =>
    pacts.byId.get(criteria.byId.get(criterionId)?.pactId ?? '')?.clusterYearId ?? ''
  const meetingOfYear = (meetingId: string, yearId: string) =>
    !meetingId || meetings.byId.get(meetingId)?.clusterYearId === yearId
  const yearAndUnit = <T extends { clusterYearId: string; unitId: string }>(
    table: string,
    row: T,
    i: number
  ): boolean => {
    if (!years.byId.has(row.clusterYearId)) {
      issues.add(table, i, row, absent('năm thi đua', row.clusterYearId))
      return false
    }
    if (!ofYearCluster(row.clusterYearId, row.unitId)) {
      issues.add(table, i, row, `đơn vị ${unitName(row.unitId)} không thuộc cụm`)
      return false
    }
    return true
  }
  const meetingWords = (id: string) =>
    `hội nghị thông qua (mã ${id}) không phải hội nghị của năm đó`

  unique(
    'scoringRules',
    rows.scoringRules,
    (r) => r.clusterYearId,
    () => 'năm thi đua này đã có quy định chấm điểm ở một dòng khác',
    issues
  )
  rows.scoringRules.forEach((rules, i) => {
    if (!years.byId.has(rules.clusterYearId))
      issues.add('scoringRules', i, rules, absent('năm thi đua', rules.clusterYearId))
  })
  unique(
    'scoreSheets',
    rows.scoreSheets,
    (s) => `${s.clusterYearId}|${s.unitId}`,
    (s) => `đơn vị ${unitName(s.unitId)} đã có phiếu chấm của năm này ở một dòng khác`,
    issues
  )
  rows.scoreSheets.forEach((sheet, i) => {
    if (!yearAndUnit('scoreSheets', sheet, i)) return
    if (!meetingOfYear(sheet.adoptedInMeetingId, sheet.clusterYearId))
      issues.add('scoreSheets', i, sheet, meetingWords(sheet.adoptedInMeetingId))
  })
  unique(
    'scoreEntries',
    rows.scoreEntries,
    (e) => `${e.clusterYearId}|${e.unitId}|${e.criterionId}`,
    (e) => `đơn vị ${unitName(e.unitId)} đã có điểm cho tiêu chí này ở một dòng khác`,
    issues
  )
  rows.scoreEntries.forEach((entry, i) => {
    if (!yearAndUnit('scoreEntries', entry, i)) return
    const criterion = criteria.byId.get(entry.criterionId)
    if (!criterion || yearOfCriterion(entry.criterionId) !== entry.clusterYearId)
      return issues.add(
        'scoreEntries',
        i,
        entry,
        `tiêu chí (mã ${entry.criterionId}) không thuộc giao ước của năm đó`
      )
    if (criterion.maxPoints === null) return
    for (const value of [entry.selfScore, entry.reviewedScore]) {
      if (value !== null && value > Math.round(criterion.maxPoints * 100))
        issues.add(
          'scoreEntries',
          i,
          entry,
          `điểm ${formatExact(value)} vượt điểm chuẩn ${formatExact(Math.round(criterion.maxPoints * 100))} của tiêu chí`
        )
    }
  })
  rows.scoreAdjustments.forEach((item, i) => {
    if (!yearAndUnit('scoreAdjustments', item, i)) return
    if (item.criterionId && yearOfCriterion(item.criterionId) !== item.clusterYearId)
      issues.add(
        'scoreAdjustments',
        i,
        item,
        `tiêu chí (mã ${item.criterionId}) không thuộc giao ước của năm đó`
      )
  })
  rows.rankingSnapshots.forEach((snapshot, i) => {
    if (!years.byId.has(snapshot.clusterYearId))
      return issues.add(
        'rankingSnapshots',
        i,
        snapshot,
        absent('năm thi đua', snapshot.clusterYearId)
      )
    if (!meetingOfYear(snapshot.adoptedInMeetingId, snapshot.clusterYearId))
      issues.add('rankingSnapshots', i, snapshot, meetingWords(snapshot.adoptedInMeetingId))
    const seen = new Set<string>()
    for (const row of snapshot.rows) {
      if (!ofYearCluster(snapshot.clusterYearId, row.unitId))
        issues.add(
          'rankingSnapshots',
          i,
          snapshot,
          `đơn vị ${unitName(row.unitId)} không thuộc cụm`
        )
      else if (seen.has(row.unitId))
        issues.add(
          'rankingSnapshots',
          i,
          snapshot,
          `đơn vị ${unitName(row.unitId)} được xếp hai lần`
        )
      seen.add(row.unitId)
    }
  })
}

/** Runs every check on the rows; the returned list is empty when the database may be restored. */
export function checkIntegrity(rows: DatabaseRows, issues: IssueList = new IssueList()): IssueList {
  const ctx = context(rows, issues)
  for (const check of [
    checkUnits,
    checkYears,
    checkPacts,
    checkMeetings,
    checkRegister,
    checkSettings,
    checkScoring,
    checkBallots,
    checkAwards
  ])
    check(ctx)
  return issues
}
