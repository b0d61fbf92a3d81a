import { electedLeadership } from '../../ballot/effects'
import type { Meeting } from '../../model/entities'
import { formatDateVi } from '../../text/dates'
import type { Block, DocumentModel, TableBlock } from '../model'
import type { FormatProfile } from '../profile'
import { outlineWithTables, tableMarker } from './ballot-common'
import { clusterHeader, defaultClusterSigner, defaultRecipients, type IssuedNumber } from './common'
import { missing } from './minutes'
import {
  bandCounts,
  compactScoreTable,
  demoteOutline,
  proposalsByType,
  resultLines,
  type YearEndFacts
} from './year-end-common'

/**
 * Báo cáo tổng kết hoạt động của Cụm (year-end.md §C.4 #7): BC of the cluster to the higher body —
 * who the cluster was that year, the meetings it held, the secretary's account of its activities,
 * the scores, the vote and the proposals, and what it plans next year.
 */

export interface ClusterReportOptions {
  issued: IssuedNumber | null
  issuedOn: string
  signerName: string
  /** The meetings of the year (ký kết, sơ kết, tổng kết…), listed by date. */
  meetings: Meeting[]
  /** The secretary's account of the year's activities, as outline text. */
  activities: string
  /** Strengths and shortcomings, as outline text. */
  assessment: string
  /** Next year's direction, as outline text. */
  nextYear: string
}

export function buildClusterReportDocument(
  facts: YearEndFacts,
  profile: FormatProfile,
  options: ClusterReportOptions
): DocumentModel {
  const { scoring, meeting, results, rounds } = facts
  const { cluster, year } = meeting
  const name = (id: string) => year.unitNames[id] ?? id
  const tables: Record<string, TableBlock> = {}
  const marker = tableMarker('kết quả chấm điểm của Cụm')
  tables[marker] = compactScoreTable(scoring)
  const leaders = electedLeadership(results)
  const meetings = [...options.meetings].sort((a, b) => (a.date < b.date ? -1 : 1))
  const lines = [
    '# Đặc điểm, tình hình',
    `Năm ${year.year}, ${cluster.name} gồm ${year.memberUnitIds.length} đơn vị: ${year.memberUnitIds.map(name).join('; ')}. Cụm trưởng: ${year.leaderUnitId ? name(year.leaderUnitId) : missing('Cụm trưởng')}; Cụm phó: ${year.deputyUnitId ? name(year.deputyUnitId) : missing('Cụm phó')}.`,
    '# Kết quả hoạt động của Cụm',
    ...(meetings.length
      ? [
          '## Các hội nghị của Cụm:',
          ...meetings.map(
            (m) =>
              `- ${m.title} (ngày ${formatDateVi(m.date)}${m.place ? `, tại ${m.place}` : ''});`
          )
        ]
      : []),
    ...(options.activities.trim()
      ? demoteOutline(options.activities)
      : ['## Hoạt động trong năm:', `${missing('kết quả các hoạt động của Cụm trong năm')}.`]),
    '# Kết quả chấm điểm, bình xét thi đua',
    marker,
    `Kết quả xếp loại: ${bandCounts(scoring)}.`,
    'Kết quả bỏ phiếu bình xét:',
    ...resultLines(results, rounds),
    ...proposalsByType(facts).map(
      (g) => `- Đề nghị tặng ${g.type.name}: ${g.proposals.map((p) => p.unitName).join('; ')}.`
    ),
    '# Đánh giá chung',
    ...(options.assessment.trim()
      ? demoteOutline(options.assessment)
      : [`${missing('ưu điểm, hạn chế và nguyên nhân')}.`]),
    `# Phương hướng năm ${year.year + 1}`,
    ...(leaders.leaderUnitId
      ? [
          `Cụm trưởng năm ${year.year + 1}: ${name(leaders.leaderUnitId)}${leaders.deputyUnitId ? `; Cụm phó: ${name(leaders.deputyUnitId)}` : ''}.`
        ]
      : []),
    ...(options.nextYear.trim()
      ? demoteOutline(options.nextYear)
      : [`${missing('phương hướng, nhiệm vụ năm sau')}.`])
  ]
  const blocks: Block[] = [
    clusterHeader(cluster, {
      typeCode: 'BC',
      issued: options.issued,
      issuedOn: options.issued?.issuedOn || options.issuedOn,
      year: year.year,
      withDate: true
    }),
    {
      kind: 'title',
      typeName: 'BÁO CÁO',
      summaryLines: [`Tổng kết hoạt động ${cluster.name} năm ${year.year}`]
    },
    { kind: 'addressees', recipients: [cluster.higherBody || 'Cấp trên'] },
    ...outlineWithTables(lines, tables),
    {
      kind: 'signature',
      layout: 'single',
      signers: [defaultClusterSigner(cluster, options.signerName)],
      recipients: [
        'Như trên',
        ...defaultRecipients(cluster).filter((r) => !r.includes('(để báo cáo)'))
      ]
    }
  ]
  return {
    title: `Báo cáo tổng kết hoạt động ${cluster.name} năm ${year.year}`,
    profile,
    sections: [{ orientation: 'portrait', restartNumbering: false, blocks }]
  }
}
