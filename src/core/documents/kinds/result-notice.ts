import { electedLeadership } from '../../ballot/effects'
import { exact } from './scoring-common'
import type { Block, DocumentModel, TableBlock } from '../model'
import type { FormatProfile } from '../profile'
import { outlineWithTables, tableMarker } from './ballot-common'
import { clusterHeader, defaultClusterSigner, defaultRecipients, type IssuedNumber } from './common'
import {
  bandCounts,
  basisParagraphs,
  compactScoreTable,
  meetingWords,
  proposalsByType,
  resultLines,
  type YearEndFacts
} from './year-end-common'

/**
 * Thông báo kết quả bình xét thi đua (year-end.md §C.4 #8): from the cluster to its member units
 * (copy up): the ranking and bands, the result of each section with its share and base, the
 * proposals per award, and next year's cụm trưởng and cụm phó.
 */

export interface NoticeOptions {
  issued: IssuedNumber | null
  issuedOn: string
  signerName: string
}

export function buildResultNoticeDocument(
  facts: YearEndFacts,
  profile: FormatProfile,
  options: NoticeOptions
): DocumentModel {
  const { scoring, meeting, results, rounds } = facts
  const { cluster, year } = meeting
  const groups = proposalsByType(facts)
  const proposedFor = (unitId: string) =>
    groups
      .filter((g) => g.proposals.some((p) => p.unitId === unitId))
      .map((g) => `Đề nghị tặng ${g.type.shortName}`)
      .join('; ')
  const tables: Record<string, TableBlock> = {}
  const marker = tableMarker('kết quả chấm điểm, xếp hạng')
  tables[marker] = compactScoreTable(scoring, (row) => proposedFor(row.unitId))
  const leaders = electedLeadership(results)
  const name = (id: string) => year.unitNames[id] ?? id
  const lines = [
    `${cluster.name} thông báo kết quả chấm điểm, bình xét thi đua năm ${year.year} như sau:`,
    '# Kết quả chấm điểm, xếp hạng',
    `Theo Bảng tổng hợp đã được hội nghị thông qua (thang ${exact(scoring.rules.declaredMax)} điểm chuẩn):`,
    marker,
    `Kết quả xếp loại: ${bandCounts(scoring)}.`,
    '# Kết quả bình xét, bỏ phiếu',
    ...resultLines(results, rounds),
    ...(groups.length
      ? [
          `# Đề nghị ${cluster.higherBody || 'cấp trên'} khen thưởng`,
          ...groups.map(
            (g) => `- ${g.type.name}: ${g.proposals.map((p) => p.unitName).join('; ')}.`
          )
        ]
      : []),
    ...(leaders.leaderUnitId || leaders.deputyUnitId
      ? [
          `# Cụm trưởng, Cụm phó năm ${year.year + 1}`,
          ...(leaders.leaderUnitId ? [`- Cụm trưởng: ${name(leaders.leaderUnitId)};`] : []),
          ...(leaders.deputyUnitId ? [`- Cụm phó: ${name(leaders.deputyUnitId)}.`] : [])
        ]
      : []),
    `${cluster.name} thông báo để các đơn vị biết và phối hợp thực hiện.`
  ]
  const blocks: Block[] = [
    clusterHeader(cluster, {
      typeCode: 'TB',
      issued: options.issued,
      issuedOn: options.issued?.issuedOn || options.issuedOn,
      year: year.year,
      withDate: true
    }),
    {
      kind: 'title',
      typeName: 'THÔNG BÁO',
      summaryLines: [`Kết quả bình xét thi đua năm ${year.year}`]
    },
    ...basisParagraphs([`Quy chế hoạt động của ${cluster.name}`, `Kết quả ${meetingWords(facts)}`]),
    ...outlineWithTables(lines, tables),
    {
      kind: 'signature',
      layout: 'single',
      signers: [defaultClusterSigner(cluster, options.signerName)],
      recipients: defaultRecipients(cluster)
    }
  ]
  return {
    title: `Thông báo kết quả bình xét thi đua năm ${year.year}`,
    profile,
    sections: [{ orientation: 'portrait', restartNumbering: false, blocks }]
  }
}
