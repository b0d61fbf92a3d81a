import { correctEntry } from '../ballot/diff'
import {
  buildBallot,
  proposeSections,
  rankedUnitsFromSummary,
  type RankedUnit
} from '../ballot/build'
import {
  ballotCountSchema,
  paperSchema,
  tallyEntrySchema,
  type Ballot,
  type BallotCount,
  type Mark,
  type Paper
} from '../ballot/model'
import {
  countOutcome,
  finalResults,
  nextRound,
  type FinalSection,
  type ReadyOutcome,
  type RoundRecord
} from '../ballot/result'
import { defaultAwardCatalogue } from '../awards/catalogue'
import { dossierChecklist, dossierManifest, type DossierDocument } from '../awards/dossier'
import { buildDossierChecklistDocument } from '../documents/kinds/dossier-checklist'
import {
  pastAwardSchema,
  type AwardProposal,
  type AwardType,
  type PastAward
} from '../awards/model'
import { proposalsFromResults } from '../awards/proposals'
import { buildAchievementReportDocument } from '../documents/kinds/achievement-report'
import { buildSubmissionDocument } from '../documents/kinds/award-submission'
import { buildBallotPapersDocument } from '../documents/kinds/ballot-paper'
import { buildBallotTallyDocument } from '../documents/kinds/ballot-tally'
import { buildClusterReportDocument } from '../documents/kinds/cluster-report'
import {
  buildMinutesDocument,
  generateMinutesBody,
  type MeetingFacts
} from '../documents/kinds/minutes'
import { buildResultNoticeDocument } from '../documents/kinds/result-notice'
import { awardNames, type YearEndFacts } from '../documents/kinds/year-end-common'
import {
  insertYearEndLines,
  insertYearEndTables,
  yearEndMinutesSections
} from '../documents/kinds/year-end-minutes'
import type { DocumentModel } from '../documents/model'
import { DEFAULT_PROFILE } from '../documents/profile'
import { voteRuleSchema, type ClusterRules } from '../model/entities'
import { summarizeAttendance } from '../rules/meetings'
import { proposeRotation } from '../rules/rotation'
import type { VoteAttendance } from '../rules/votes'
import { yearSummary, type ScoringFacts } from '../scoring/view'
import type { SampleDataset } from './sample-dataset'
import { exampleYearEndFacts } from './sample-document-models'
import { sampleScoringFacts } from './sample-scoring'

/**
 * An illustrative year-end vote of the sample cluster's 2024 year, built on the example scoring
 * (sample-scoring.ts) and the example year-end meeting, for the sample documents, the tests and
 * `docs:samples` only — never loaded as the cluster's record. Every figure is an example; the board
 * members' names are example names. It has what a real count has: one paper void (a name added),
 * the written opinion of the absent unit (counted where the base is all members, not where it is
 * the valid papers), a double entry with one disagreement settled by re-reading the paper, and a
 * tie at the cut-off of the Bằng khen section settled in a second round.
 */

const NOW = '2024-11-01T03:00:00.000Z'
const stamp = { createdAt: NOW, updatedAt: NOW }

/** The example rules of the vote: the cluster's, with its own rule for Bằng khen. */
function exampleRules(base: ClusterRules): ClusterRules {
  const basis = 'Quy chế hoạt động của Cụm thi đua số 1'
  const majority = voteRuleSchema.parse({
    denominator: 'members',
    thresholdNum: 1,
    thresholdDen: 2,
    comparison: 'more-than',
    tieRule: 'revote',
    basis
  })
  return {
    ...base,
    voteRules: {
      'leading-unit': majority,
      leaders: majority,
      merit: voteRuleSchema.parse({
        denominator: 'valid-ballots',
        thresholdNum: 1,
        thresholdDen: 2,
        comparison: 'at-least',
        tieRule: 'revote',
        basis
      })
    }
  }
}

export interface SampleYearEnd {
  scoring: ScoringFacts
  ranking: RankedUnit[]
  meeting: MeetingFacts
  attendance: VoteAttendance
  absentUnitIds: string[]
  rules: ClusterRules
  catalogue: AwardType[]
  /** Round 1 as printed. */
  ballot: Ballot
  /** Round 1's count while the two entries disagree (one mark of paper 3). */
  disagreeing: BallotCount
  rounds: RoundRecord[]
  results: FinalSection[]
  proposals: AwardProposal[]
  pastAwards: PastAward[]
  /** unit sample key → id */
  unit: (key: string) => string
}

/** The activities Long Biên reported (an example), for its Báo cáo thành tích. */
const LONG_BIEN_NARRATIVE = [
  '# Kết quả thực hiện giao ước thi đua',
  '## Công tác tuyên truyền, vận động Nhân dân',
  'Tổ chức tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước đến 100% tổ dân phố; vận động Quỹ «Vì người nghèo» vượt chỉ tiêu được giao (ví dụ).',
  '## Công tác giám sát, phản biện xã hội',
  'Thực hiện đầy đủ các cuộc giám sát theo chương trình; tổ chức hội nghị phản biện xã hội đối với dự thảo văn bản của chính quyền (ví dụ).',
  '## Mô hình mới, cách làm hay',
  'Mô hình «Bữa cơm nghĩa tình» được Thành phố biểu dương; mô hình «Tổ dân phố không rác thải nhựa» được nhân rộng (ví dụ).'
].join('\n')

function papers(ballot: Ballot, rows: Array<Record<string, Record<string, Mark>>>): Paper[] {
  return rows.map((marks) => paperSchema.parse({ marks: keyed(ballot, marks) }))
}

/** Marks written by section kind (`merit`) mapped to the ballot's section keys. */
function keyed(ballot: Ballot, marks: Record<string, Record<string, Mark>>) {
  return Object.fromEntries(
    Object.entries(marks).map(([kind, rows]) => [
      ballot.sections.find((s) => s.kind === kind)!.key,
      rows
    ])
  )
}

function ready(
  ballot: Ballot,
  count: BallotCount,
  attendance: VoteAttendance,
  absent: string[]
): ReadyOutcome {
  const outcome = countOutcome(ballot, count, attendance, absent)
  if (outcome.status !== 'ready')
    throw new Error(`Sample count is not ready: ${JSON.stringify(outcome)}`)
  return outcome
}

/** The whole example year-end vote, from the adopted ranking to the proposals. */
export function sampleYearEnd(data: SampleDataset): SampleYearEnd {
  const unit = (key: string) => data.memberUnits.find((u) => u.sampleKey === key)!.id
  const base = sampleScoringFacts(data)
  const scoring: ScoringFacts = {
    ...base,
    sheets: base.sheets.map((s) =>
      s.unitId === unit('long-bien')
        ? { ...s, narrative: LONG_BIEN_NARRATIVE, signerName: 'Vũ Thị Thành' }
        : s
    )
  }
  const ranking = rankedUnitsFromSummary(yearSummary(scoring))
  const meeting = exampleYearEndFacts(data)
  const { cluster, year } = meeting
  const rules = exampleRules(cluster.rules)
  const summary = summarizeAttendance(year.memberUnitIds, meeting.attendances)
  const attendance = {
    members: summary.members,
    present: summary.present,
    representatives: summary.representatives
  }
  const absentUnitIds = meeting.attendances
    .filter((a) => a.status !== 'present')
    .map((a) => a.unitId)
  const catalogue = defaultAwardCatalogue(cluster, NOW, (code) => `award-${code}`)
  const rotation = proposeRotation(cluster.rotationOrder, year.memberUnitIds, year)
  const plan = proposeSections(ranking, {
    year: year.year,
    meritSeats: 2,
    meritCandidates: 3,
    leaderUnitIds: [rotation.leaderUnitId],
    deputyUnitIds: [rotation.deputyUnitId],
    flagAwardTypeId: 'award-co-thi-dua-tinh',
    meritAwardTypeId: 'award-bang-khen-tinh'
  })
  const ballot = buildBallot({
    id: 'example-ballot-2024',
    now: NOW,
    clusterYearId: year.id,
    meetingId: meeting.meeting.id,
    year: year.year,
    rules,
    electors: year.memberUnitIds.length,
    subtitle: '(Suy tôn đơn vị dẫn đầu, đề nghị khen thưởng và bầu Cụm trưởng, Cụm phó)',
    sections: plan.sections,
    unitNames: year.unitNames,
    ranking
  })
  const [lb, bd, hbt, hm, dd, hk] = [
    'long-bien',
    'ba-dinh',
    'hai-ba-trung',
    'hoang-mai',
    'dong-da',
    'hoan-kiem'
  ].map(unit) as [string, string, string, string, string, string]
  const A = 'agree' as const
  const D = 'disagree' as const
  const round1 = papers(ballot, [
    {
      'leading-unit': { [lb]: A },
      merit: { [bd]: A, [hbt]: A, [hm]: D },
      leader: { [dd]: A },
      deputy: { [hk]: A }
    },
    {
      'leading-unit': { [lb]: A },
      merit: { [bd]: A, [hbt]: A, [hm]: D },
      leader: { [dd]: A },
      deputy: { [hk]: A }
    },
    {
      'leading-unit': { [lb]: A },
      merit: { [bd]: A, [hbt]: D, [hm]: A },
      leader: { [dd]: A },
      deputy: { [hk]: A }
    },
    {
      'leading-unit': { [lb]: A },
      merit: { [bd]: A, [hbt]: D, [hm]: A },
      leader: { [dd]: A },
      deputy: { [hk]: D }
    },
    {
      'leading-unit': { [lb]: A },
      merit: { [bd]: A, [hbt]: A, [hm]: D },
      leader: { [dd]: A },
      deputy: { [hk]: A }
    }
  ])
  round1[4] = { ...round1[4]!, extraNames: true }
  const written = [
    {
      unitId: hm,
      fromName: '',
      marks: keyed(ballot, {
        'leading-unit': { [lb]: A },
        merit: { [bd]: A, [hm]: A, [hbt]: D },
        leader: { [dd]: A },
        deputy: { [hk]: A }
      })
    }
  ]
  // Entry B read paper 3's Hoàng Mai row as "Không đồng ý"; re-reading the paper settled it.
  const misread = round1.map((p, i) =>
    i === 2
      ? { ...p, marks: { ...p.marks, [ballot.sections[1]!.key]: { [bd]: A, [hbt]: D, [hm]: D } } }
      : p
  )
  const board = [
    { name: 'Nguyễn Văn An', position: 'Phó Chủ tịch', unitId: dd, role: 'head' as const },
    {
      name: 'Lê Thị Bình',
      position: 'Ủy viên Ban Thường trực',
      unitId: hk,
      role: 'member' as const
    },
    { name: 'Phạm Văn Cường', position: 'Cán bộ', unitId: bd, role: 'member' as const }
  ]
  const entry = (by: number, list: Paper[], withWritten = true) =>
    tallyEntrySchema.parse({
      enteredBy: by,
      mode: 'papers',
      papers: list,
      written: withWritten ? written : [],
      savedAt: NOW
    })
  const keptBy = `${year.unitNames[lb]} (đơn vị Cụm trưởng)`
  const disagreeing = ballotCountSchema.parse({
    ...stamp,
    id: 'example-count-2024-1',
    ballotId: ballot.id,
    board,
    ballotsIssued: 5,
    ballotsReturned: 5,
    startTime: '09:45',
    endTime: '10:20',
    entries: [entry(1, round1), entry(2, misread)],
    keptBy
  })
  const first = correctEntry(
    ballot,
    disagreeing,
    1,
    entry(2, round1),
    'Ban kiểm phiếu đọc lại phiếu thứ 3, mục II: dòng Ủy ban MTTQ Việt Nam quận Hoàng Mai đánh dấu “Đồng ý”; sửa lần nhập B.',
    '2024-11-01T03:05:00.000Z'
  )
  const firstOutcome = ready(ballot, first, attendance, absentUnitIds)
  const second = nextRound(ballot, firstOutcome, { id: 'example-ballot-2024-2', now: NOW })!
  const key2 = second.sections[0]!.key
  const round2 = [hbt, hbt, hbt, hm, hm].map((chosen) =>
    paperSchema.parse({
      marks: { [key2]: { [hbt]: chosen === hbt ? A : D, [hm]: chosen === hm ? A : D } }
    })
  )
  const secondCount = ballotCountSchema.parse({
    ...stamp,
    id: 'example-count-2024-2',
    ballotId: second.id,
    board,
    ballotsIssued: 5,
    ballotsReturned: 5,
    startTime: '10:30',
    endTime: '10:45',
    entries: [entry(0, round2, false), entry(1, round2, false)],
    keptBy
  })
  const rounds: RoundRecord[] = [
    { ballot, count: first, outcome: firstOutcome },
    {
      ballot: second,
      count: secondCount,
      outcome: ready(second, secondCount, attendance, absentUnitIds)
    }
  ]
  const results = finalResults(rounds)
  let n = 0
  const bands = Object.fromEntries(yearSummary(scoring).map((r) => [r.unitId, r.band?.label ?? '']))
  const proposals = proposalsFromResults(results, {
    clusterYearId: year.id,
    now: NOW,
    makeId: () => `example-proposal-${++n}`,
    ranking,
    bands,
    members: year.memberUnitIds.length,
    decimals: scoring.rules.decimals,
    ballotId: ballot.id
  })
  const pastAwards = [
    pastAwardSchema.parse({
      ...stamp,
      id: 'example-past-1',
      unitId: lb,
      recipientName: year.unitNames[lb],
      year: 2022,
      awardTypeId: 'award-bang-khen-tinh',
      title: catalogue[1]!.name,
      decisionNumber: '25/QĐ-MTTQ-BTT',
      decisionDate: '2023-01-12',
      issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội',
      source: 'typed'
    }),
    pastAwardSchema.parse({
      ...stamp,
      id: 'example-past-2',
      unitId: lb,
      recipientName: year.unitNames[lb],
      year: 2023,
      awardTypeId: 'award-co-thi-dua-tinh',
      title: catalogue[0]!.name,
      decisionNumber: '18/QĐ-MTTQ-BTT',
      decisionDate: '2024-01-10',
      issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội',
      source: 'typed'
    })
  ]
  return {
    scoring,
    ranking,
    meeting,
    attendance,
    absentUnitIds,
    rules,
    catalogue,
    ballot,
    disagreeing,
    rounds,
    results,
    proposals,
    pastAwards,
    unit
  }
}

/** The facts the year-end documents read, from the example. */
export function sampleYearEndFacts(s: SampleYearEnd): YearEndFacts {
  return {
    scoring: s.scoring,
    meeting: { ...s.meeting, rules: s.rules, votes: [] },
    rounds: s.rounds,
    results: s.results,
    catalogue: s.catalogue,
    proposals: s.proposals,
    pastAwards: s.pastAwards,
    lineage: []
  }
}

/**
 * The folder "Xuất hồ sơ" writes for the example, as the desktop writes it (each document as .docx
 * and .pdf): every proposal's báo cáo thành tích is still the cluster's draft, so the checklist
 * says what the dossier lacks.
 */
export function sampleDossierManifest(s: SampleYearEnd) {
  const { cluster, year } = s.meeting
  const doc = (
    kind: DossierDocument['kind'],
    title: string,
    extra: Partial<DossierDocument> = {}
  ) =>
    ({
      kind,
      key: extra.proposalId ? `${kind}-${extra.proposalId}` : kind,
      title,
      state: 'ready',
      ...extra
    }) as DossierDocument
  const documents = [
    doc('submission', `Tờ trình đề nghị khen thưởng năm ${year.year}`),
    doc('nominee-list', 'Danh sách trích ngang', { partOf: 'submission' }),
    doc('tally-record', `Biên bản kiểm phiếu năm ${year.year}`),
    doc('score-summary', `Bảng tổng hợp kết quả chấm điểm năm ${year.year}`),
    ...s.proposals.map((p) =>
      doc('achievement-report', `Báo cáo thành tích - ${p.unitName} (dự thảo)`, {
        proposalId: p.id,
        state: 'draft'
      })
    ),
    doc('result-notice', `Thông báo kết quả bình xét năm ${year.year}`),
    doc('cluster-report', `Báo cáo tổng kết hoạt động Cụm năm ${year.year}`)
  ]
  const items = dossierChecklist({ proposals: s.proposals, catalogue: s.catalogue, documents })
  return dossierManifest({
    clusterName: cluster.name,
    year: year.year,
    items,
    extra: documents.filter((d) => !items.some((i) => i.document?.key === d.key)),
    pdf: true
  })
}

/**
 * The year-end documents of the example, as `docs:samples` and the tests use them: the papers of
 * both rounds, the kiểm phiếu record of the two-round vote, the minutes with their score and vote
 * sections, the tờ trình with its list, Long Biên's báo cáo thành tích, the thông báo, the
 * dossier's checklist and the cluster's báo cáo tổng kết.
 */
export function sampleYearEndDocuments(
  data: SampleDataset
): Array<{ kind: string; fileName: string; model: DocumentModel }> {
  const s = sampleYearEnd(data)
  const facts = sampleYearEndFacts(s)
  const { cluster, year } = s.meeting
  const leaderName = 'Vũ Thị Thành'
  const minutesFacts = facts.meeting
  const sections = yearEndMinutesSections(facts)
  const body = insertYearEndLines(generateMinutesBody(minutesFacts), sections)
  const minutes = insertYearEndTables(
    buildMinutesDocument(minutesFacts, body, { number: 7, typeCode: 'BB' }, DEFAULT_PROFILE),
    sections.tables
  )
  const record = {
    cluster,
    year,
    meeting: s.meeting.meeting,
    unitNames: year.unitNames,
    attendances: s.meeting.attendances,
    rounds: s.rounds,
    awardNames: awardNames(s.catalogue)
  }
  const flag = s.proposals.find((p) => p.unitId === s.unit('long-bien'))!
  return [
    {
      kind: 'ballot-papers',
      fileName: `Phiếu bình xét thi đua năm ${year.year} (ví dụ)`,
      model: buildBallotPapersDocument(cluster, s.ballot, DEFAULT_PROFILE)
    },
    {
      kind: 'ballot-papers-round-2',
      fileName: `Phiếu bình xét thi đua năm ${year.year}, bỏ phiếu lần 2 (ví dụ)`,
      model: buildBallotPapersDocument(cluster, s.rounds[1]!.ballot, DEFAULT_PROFILE)
    },
    {
      kind: 'ballot-tally',
      fileName: `Biên bản kiểm phiếu bình xét thi đua năm ${year.year} (ví dụ)`,
      model: buildBallotTallyDocument(record, { number: 8, typeCode: 'BB' }, DEFAULT_PROFILE)
    },
    {
      kind: 'minutes-year-end-sections',
      fileName: `Biên bản ${s.meeting.meeting.title} (có kết quả chấm điểm, bình xét, ví dụ)`,
      model: minutes
    },
    {
      kind: 'award-submission',
      fileName: `Tờ trình đề nghị khen thưởng năm ${year.year} (ví dụ)`,
      model: buildSubmissionDocument(facts, DEFAULT_PROFILE, {
        issued: { number: 12, typeCode: 'TTr' },
        issuedOn: '2024-11-05',
        signerName: leaderName
      })
    },
    {
      kind: 'achievement-report',
      fileName: `Báo cáo thành tích năm ${year.year} - ${flag.unitName} (dự thảo, ví dụ)`,
      model: buildAchievementReportDocument(facts, flag.id, DEFAULT_PROFILE, '2024-11-04')
    },
    {
      kind: 'result-notice',
      fileName: `Thông báo kết quả bình xét thi đua năm ${year.year} (ví dụ)`,
      model: buildResultNoticeDocument(facts, DEFAULT_PROFILE, {
        issued: { number: 13, typeCode: 'TB' },
        issuedOn: '2024-11-05',
        signerName: leaderName
      })
    },
    {
      kind: 'dossier-checklist',
      fileName: `Danh mục hồ sơ đề nghị khen thưởng năm ${year.year} (ví dụ)`,
      model: buildDossierChecklistDocument(
        cluster,
        year.year,
        sampleDossierManifest(s).checklistText,
        DEFAULT_PROFILE
      )
    },
    {
      kind: 'cluster-report',
      fileName: `Báo cáo tổng kết hoạt động Cụm thi đua năm ${year.year} (ví dụ)`,
      model: buildClusterReportDocument(facts, DEFAULT_PROFILE, {
        issued: { number: 14, typeCode: 'BC' },
        issuedOn: '2024-11-05',
        signerName: leaderName,
        meetings: data.meetings
          .filter((m) => m.clusterYearId === year.id)
          .concat(s.meeting.meeting),
        activities: [
          '# Ký kết giao ước thi đua',
          'Ngày 28/02/2024, Cụm tổ chức Hội nghị ký kết giao ước thi đua năm 2024 với 15 chỉ tiêu được lượng hóa và điểm thưởng, tổng cộng 100 điểm.',
          '# Trao đổi kinh nghiệm, học tập mô hình hay',
          'Các đơn vị giới thiệu mô hình tiêu biểu; Cụm trưởng tổ chức trao đổi kinh nghiệm trong quý III (ví dụ).'
        ].join('\n'),
        assessment: [
          '# Ưu điểm',
          'Các đơn vị thực hiện nghiêm túc giao ước thi đua; việc chấm điểm, bình xét công khai, dân chủ (ví dụ).',
          '# Hạn chế',
          'Một số báo cáo định kỳ gửi chậm so với thời hạn (ví dụ).'
        ].join('\n'),
        nextYear:
          'Tiếp tục đổi mới nội dung, hình thức hoạt động của Cụm; ký kết giao ước thi đua năm 2025 trong quý I (ví dụ).'
      })
    }
  ]
}
