import { buildCompositionDocument, COMPOSITION_TYPES } from '../documents/kinds/composition'
import {
  buildInvitationDocument,
  buildMinutesDocument,
  buildTallyDocument,
  generateMinutesBody,
  type MeetingFacts
} from '../documents/kinds/minutes'
import type { DocumentModel } from '../documents/model'
import { DEFAULT_PROFILE } from '../documents/profile'
import {
  attendanceSchema,
  criterionSchema,
  meetingSchema,
  voteSchema,
  type Criterion
} from '../model/entities'
import {
  buildPactDocument,
  buildSelfAssessmentForm,
  buildTrackingDocument,
  type PactFacts
} from '../documents/kinds/pact'
import type { SampleDataset } from './sample-dataset'
import { clusterVoteRule } from '../rules/votes'

/** The facts of one meeting of a dataset, with the year's unit names. */
export function meetingFactsFrom(data: SampleDataset, meetingId: string): MeetingFacts {
  const meeting = data.meetings.find((m) => m.id === meetingId)!
  const year = data.clusterYears.find((y) => y.id === meeting.clusterYearId)!
  const cluster = data.clusters[0]!
  return {
    cluster,
    rules: cluster.rules,
    year,
    meeting,
    unitNames: year.unitNames,
    attendances: data.attendances.filter((a) => a.meetingId === meetingId),
    guests: data.guests.filter((g) => g.meetingId === meetingId),
    remarks: data.remarks.filter((r) => r.meetingId === meetingId),
    votes: []
  }
}

/**
 * An illustrative year-end meeting of 2024 with a secret ballot, for the sample documents and the
 * tests only (never loaded as the cluster's record). Its figures are examples; the chair is the
 * 2024 cụm trưởng's chairman named in the public account (official-layout.md §2.4) and the
 * secretary an example name, so that the sample shows complete, finalised minutes.
 */
export function exampleYearEndFacts(data: SampleDataset): MeetingFacts {
  const year = data.clusterYears.find((y) => y.year === 2024)!
  const cluster = data.clusters[0]!
  const now = '2024-11-01T00:00:00.000Z'
  const meeting = meetingSchema.parse({
    id: 'example-year-end',
    createdAt: now,
    updatedAt: now,
    clusterYearId: year.id,
    type: 'year-end-review',
    title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 Cụm thi đua số 1',
    date: '2024-11-01',
    startTime: '08:30',
    endTime: '11:30',
    place: 'Hội trường Ủy ban MTTQ Việt Nam quận Long Biên',
    hostUnitId: year.leaderUnitId,
    chair: {
      name: 'Vũ Thị Thành',
      position: 'Chủ tịch Ủy ban MTTQ Việt Nam quận Long Biên, Cụm trưởng'
    },
    secretary: {
      name: 'Trần Văn Ghi',
      position: 'Cán bộ Ủy ban MTTQ Việt Nam quận Hai Bà Trưng'
    },
    agenda: [
      'Báo cáo tổng kết công tác thi đua năm 2024 của Cụm',
      'Các đơn vị báo cáo kết quả tự chấm điểm',
      'Bình xét, bỏ phiếu suy tôn đơn vị dẫn đầu',
      'Bầu Cụm trưởng, Cụm phó năm 2025'
    ],
    conclusion:
      'Hội nghị thống nhất đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam thành phố tặng Cờ thi đua cho đơn vị dẫn đầu Cụm.',
    decisions: ['Suy tôn đơn vị dẫn đầu Cụm thi đua số 1 năm 2024 theo kết quả bỏ phiếu kín.']
  })
  const absentId = year.memberUnitIds[4]!
  const attendances = year.memberUnitIds.map((unitId, i) =>
    attendanceSchema.parse({
      id: `example-att-${i}`,
      createdAt: now,
      updatedAt: now,
      meetingId: meeting.id,
      unitId,
      status: unitId === absentId ? 'absent-excused' : 'present',
      reason: unitId === absentId ? 'Trùng lịch công tác của quận' : '',
      representatives:
        unitId === absentId
          ? []
          : [{ name: 'Đại diện lãnh đạo', position: 'Chủ tịch hoặc Phó Chủ tịch' }]
    })
  )
  const vote = voteSchema.parse({
    id: 'example-vote',
    createdAt: now,
    updatedAt: now,
    meetingId: meeting.id,
    subject: 'Suy tôn đơn vị dẫn đầu Cụm thi đua số 1 năm 2024',
    purpose: 'leading-unit',
    // The rule the vote was taken under, copied onto it: one ballot per member unit, more than half
    // of all member units.
    rule: {
      ...clusterVoteRule(cluster.rules, 'leading-unit'),
      basis: 'Quy chế hoạt động của Cụm thi đua số 1'
    },
    method: 'secret-ballot',
    electors: 5,
    ballotsIssued: 5,
    ballotsReturned: 5,
    ballotsValid: 5,
    ballotsInvalid: 0,
    options: year.memberUnitIds.slice(0, 3).map((unitId, i) => ({
      label: year.unitNames[unitId],
      unitId,
      inFavour: [4, 1, 0][i],
      against: [1, 4, 5][i],
      abstain: 0
    }))
  })
  return {
    cluster,
    rules: cluster.rules,
    year,
    meeting,
    unitNames: year.unitNames,
    attendances,
    guests: [],
    remarks: [],
    votes: [vote]
  }
}

/** The 2020 pact of the sample as its documents see it. */
export function samplePactFacts(data: SampleDataset, criteria: Criterion[] = []): PactFacts {
  const pact = data.pacts[0]!
  return {
    cluster: data.clusters[0]!,
    year: data.clusterYears.find((y) => y.id === pact.clusterYearId)!,
    pact,
    commitments: data.pactCommitments.filter((c) => c.pactId === pact.id),
    criteria,
    units: data.memberUnits,
    people: []
  }
}

/**
 * Example scored criteria (groups, base, bonus and penalty points adding up to 100), for the
 * sample documents and tests only: the 2024 criteria of the sample cluster are not public, so the
 * app never loads these as the cluster's own.
 */
export function exampleCriteria(pactId: string, count = 12): Criterion[] {
  const now = '2024-01-01T00:00:00.000Z'
  const rows: Criterion[] = []
  const groups = Math.max(1, Math.ceil(count / 6))
  const perGroup = Math.ceil(count / groups)
  const base = Math.floor((100 / count) * 10) / 10
  let made = 0
  let order = 0
  for (let g = 0; g < groups && made < count; g++) {
    rows.push(
      criterionSchema.parse({
        id: `ex-g${g}`,
        createdAt: now,
        updatedAt: now,
        pactId,
        order: order++,
        kind: 'group',
        text: `Nhóm tiêu chí ${g + 1}: công tác Mặt trận và phong trào thi đua`,
        maxPoints: null
      })
    )
    for (let i = 0; i < perGroup && made < count; i++, made++) {
      const points = made === count - 1 ? Math.round((100 - base * (count - 1)) * 10) / 10 : base
      rows.push(
        criterionSchema.parse({
          id: `ex-c${made}`,
          createdAt: now,
          updatedAt: now,
          pactId,
          order: order++,
          kind: 'base',
          text: `Tiêu chí ${made + 1}: hoàn thành chỉ tiêu được giao trong năm (ví dụ)`,
          maxPoints: points,
          rule: 'Đạt 100% chỉ tiêu: điểm tối đa; mỗi 10% chưa đạt trừ 10% số điểm.'
        })
      )
    }
  }
  rows.push(
    criterionSchema.parse({
      id: 'ex-bonus',
      createdAt: now,
      updatedAt: now,
      pactId,
      order: order++,
      kind: 'bonus',
      text: 'Có mô hình mới, cách làm hay được cấp trên biểu dương',
      maxPoints: 5,
      rule: 'Mỗi mô hình 2,5 điểm.'
    })
  )
  rows.push(
    criterionSchema.parse({
      id: 'ex-penalty',
      createdAt: now,
      updatedAt: now,
      pactId,
      order,
      kind: 'penalty',
      text: 'Nộp báo cáo chậm so với thời hạn',
      maxPoints: 5,
      rule: 'Mỗi lần chậm trừ 1 điểm.'
    })
  )
  return rows
}

/**
 * Every document kind the app produces, built from the sample cluster with example numbers:
 * what `npm run docs:samples` writes and what the document tests render.
 */
export function sampleDocumentModels(
  data: SampleDataset
): Array<{ kind: string; fileName: string; model: DocumentModel }> {
  const cluster = data.clusters[0]!
  const compositions = data.compositions.map((composition, index) => {
    const type = COMPOSITION_TYPES[composition.kind]
    const issued = { number: index + 5, typeCode: type.typeCode }
    return {
      kind: composition.kind,
      fileName: `${type.label} ${composition.summary}`,
      model: buildCompositionDocument(cluster, composition, issued, DEFAULT_PROFILE)
    }
  })
  const signing2020 = meetingFactsFrom(data, data.meetings.find((m) => m.date === '2020-02-05')!.id)
  const signing2024 = meetingFactsFrom(data, data.meetings.find((m) => m.date === '2024-02-28')!.id)
  const yearEnd = exampleYearEndFacts(data)
  const leader2024 = data.memberUnits.find(
    (u) => u.id === data.clusterYears.find((y) => y.year === 2024)!.leaderUnitId
  )!
  const notice = data.compositions.find((c) => c.kind === 'notice')!
  return [
    ...compositions,
    {
      kind: 'notice-by-leader',
      fileName: `Thông báo (Ban Thường trực đơn vị cụm trưởng) ${notice.summary}`,
      model: buildCompositionDocument(
        cluster,
        { ...notice, issuer: 'leader' },
        null,
        DEFAULT_PROFILE,
        leader2024
      )
    },
    {
      // The public record of 2020 names no chair, secretary or hours: these minutes cannot be
      // finalised, so the sample shows the draft, unnumbered, with what is missing marked.
      kind: 'minutes-2020-signing',
      fileName: `Biên bản (dự thảo) ${signing2020.meeting.title}`,
      model: buildMinutesDocument(
        signing2020,
        generateMinutesBody(signing2020),
        null,
        DEFAULT_PROFILE
      )
    },
    {
      kind: 'minutes-year-end',
      fileName: `Biên bản ${yearEnd.meeting.title}`,
      model: buildMinutesDocument(
        yearEnd,
        generateMinutesBody(yearEnd),
        { number: 7, typeCode: 'BB' },
        DEFAULT_PROFILE
      )
    },
    {
      kind: 'tally-year-end',
      fileName: `Biên bản kiểm phiếu ${yearEnd.votes[0]!.subject}`,
      model: buildTallyDocument(
        yearEnd,
        yearEnd.votes[0]!,
        { number: 8, typeCode: 'BB' },
        DEFAULT_PROFILE
      )
    },
    {
      kind: 'pact-2020',
      fileName: 'Bản giao ước thi đua năm 2020',
      model: buildPactDocument(samplePactFacts(data), DEFAULT_PROFILE)
    },
    {
      kind: 'pact-example-criteria',
      fileName: 'Bản giao ước thi đua (ví dụ có bảng tiêu chí)',
      model: buildPactDocument(
        samplePactFacts(data, exampleCriteria(data.pacts[0]!.id)),
        DEFAULT_PROFILE
      )
    },
    {
      kind: 'self-assessment-form',
      fileName: 'Phiếu tự chấm điểm (ví dụ)',
      model: buildSelfAssessmentForm(
        samplePactFacts(data, exampleCriteria(data.pacts[0]!.id)),
        data.memberUnits[0]!.id,
        DEFAULT_PROFILE
      )
    },
    {
      kind: 'pact-tracking',
      fileName: 'Bảng theo dõi thực hiện giao ước năm 2020',
      model: buildTrackingDocument(samplePactFacts(data), [], DEFAULT_PROFILE)
    },
    {
      kind: 'invitation-2024-signing',
      fileName: `Giấy mời ${signing2024.meeting.title}`,
      model: buildInvitationDocument(
        signing2024,
        '2024-02-20',
        { number: 2, typeCode: 'GM' },
        DEFAULT_PROFILE
      )
    }
  ]
}
