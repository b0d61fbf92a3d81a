import { awardHistory, decisionWords, type HistoryEntry } from '../../awards/history'
import type { AwardProposal, AwardType } from '../../awards/model'
import { planMaxima } from '../../scoring/plan'
import { unitScores, yearSummary } from '../../scoring/view'
import { formatDateVi } from '../../text/dates'
import type { Block, DocumentModel, TableBlock } from '../model'
import type { FormatProfile } from '../profile'
import { outlineWithTables, tableMarker } from './ballot-common'
import { missing } from './minutes'
import { exact, points, unitHeader, unitSigner } from './scoring-common'
import { demoteOutline, type YearEndFacts } from './year-end-common'

/**
 * The draft Báo cáo thành tích of one proposed unit (year-end.md §C.4 #6): issued by that unit
 * (its header, its register, its chairman signs), pre-filled from its scores, the activities it
 * reported, the vote and its award history — predecessors' awards under their old names. What
 * the app cannot know (the unit's organisation, staff) is marked `[chưa ghi …]` for the unit to
 * write; the dossier counts only the copy the unit signed, with the "Xác nhận của cấp trình" block.
 */

function historyTable(entries: HistoryEntry[]): TableBlock {
  return {
    kind: 'table',
    columns: [
      { header: 'Năm', widthPercent: 10, align: 'center' },
      { header: 'Danh hiệu thi đua / Hình thức khen thưởng', widthPercent: 45, align: 'left' },
      {
        header: 'Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định',
        widthPercent: 45,
        align: 'left'
      }
    ],
    rows: entries.map((e) => [
      String(e.award.year),
      e.fromPredecessor ? `${e.award.title}\n(${e.award.recipientName}; ${e.via})` : e.award.title,
      decisionWords(e.award)
    ])
  }
}

function reportLines(
  facts: YearEndFacts,
  proposal: AwardProposal,
  type: AwardType | undefined,
  tables: Record<string, TableBlock>
): string[] {
  const { scoring, meeting } = facts
  const { cluster, year } = meeting
  const unit = unitScores(scoring, proposal.unitId)
  const row = yearSummary(scoring).find((r) => r.unitId === proposal.unitId)
  const maxima = planMaxima(scoring.plan)
  const narrative = unit.sheet?.narrative ?? ''
  const lines = [
    `Tên tập thể đề nghị khen thưởng: ${proposal.unitName}; hình thức đề nghị: ${type?.name ?? 'khen thưởng'}.`,
    '# Sơ lược đặc điểm, tình hình',
    `${proposal.unitName} là đơn vị thành viên của ${cluster.name}.`,
    `- Đặc điểm, tình hình; tổ chức bộ máy; số lượng cán bộ: ${missing('đơn vị bổ sung')}.`,
    `- Chức năng, nhiệm vụ được giao: ${missing('đơn vị bổ sung')}.`,
    '# Thành tích đạt được',
    ...(narrative
      ? demoteOutline(narrative)
      : ['## Kết quả thực hiện nhiệm vụ:', `${missing('kết quả thực hiện nhiệm vụ năm')}.`]),
    '## Kết quả chấm điểm, xếp hạng thi đua:',
    `Tổng điểm ${scoring.rules.scorer === 'cluster' ? 'Cụm chấm' : 'được chấm'}: ${points(scoring, unit.effective.total)} điểm (điểm các tiêu chí ${points(scoring, unit.effective.base)}/${exact(maxima.base)} điểm; điểm cộng ${points(scoring, unit.effective.bonus)} điểm; điểm trừ ${points(scoring, unit.effective.penalty)} điểm)${row ? `, xếp thứ ${row.rank}/${year.memberUnitIds.length} đơn vị của Cụm${row.tied ? ' (đồng hạng)' : ''}${row.band ? `, xếp loại ${row.band.label}` : ''}` : ''}.`
  ]
  if (proposal.vote)
    lines.push(
      '## Kết quả bình xét của Cụm:',
      `Tại ${meeting.meeting.title} ngày ${formatDateVi(meeting.meeting.date)}, đơn vị được ${proposal.vote.shareWords}${proposal.vote.round > 1 ? ` (bỏ phiếu lần ${proposal.vote.round})` : ''}${proposal.vote.ruleWords ? `, điều kiện đạt ${proposal.vote.ruleWords}` : ''}.`
    )
  const history = awardHistory(
    proposal.unitId,
    facts.pastAwards,
    facts.lineage,
    Object.fromEntries(scoring.units.map((u) => [u.id, u.name]))
  )
  lines.push('# Các hình thức đã được khen thưởng')
  for (const [category, title] of [
    ['title', 'Danh hiệu thi đua'],
    ['award', 'Hình thức khen thưởng']
  ] as const) {
    const entries = history.filter((e) => e.award.category === category)
    lines.push(`## ${title}:`)
    if (entries.length === 0) {
      lines.push('Chưa có.')
      continue
    }
    const marker = tableMarker(`${title.toLocaleLowerCase('vi')} đã nhận`)
    tables[marker] = historyTable(entries)
    lines.push(marker)
  }
  return lines
}

/** The draft report of one proposal: a BC of the unit, with the cấp trình's block beside its signature. */
export function buildAchievementReportDocument(
  facts: YearEndFacts,
  proposalId: string,
  profile: FormatProfile,
  issuedOn = ''
): DocumentModel {
  const proposal = facts.proposals.find((p) => p.id === proposalId)
  if (!proposal) throw new Error('Không tìm thấy đề nghị khen thưởng.')
  const type = facts.catalogue.find((t) => t.id === proposal.awardTypeId)
  const { scoring } = facts
  const { year } = facts.meeting
  const tables: Record<string, TableBlock> = {}
  const lines = reportLines(facts, proposal, type, tables)
  const blocks: Block[] = [
    unitHeader(scoring, proposal.unitId, { typeCode: 'BC', issuedOn }),
    {
      kind: 'title',
      typeName: 'BÁO CÁO',
      summaryLines: [`Thành tích đề nghị tặng ${type?.shortName ?? 'khen thưởng'} năm ${year.year}`]
    },
    ...outlineWithTables(lines, tables),
    {
      kind: 'signature',
      layout: 'pair',
      signers: [
        { titleLines: ['XÁC NHẬN CỦA CẤP TRÌNH', 'KHEN THƯỞNG'], name: '' },
        unitSigner(scoring, proposal.unitId)
      ],
      recipients: []
    }
  ]
  return {
    title: `Báo cáo thành tích năm ${year.year} — ${proposal.unitName}`,
    profile,
    sections: [{ orientation: 'portrait', restartNumbering: false, blocks }]
  }
}
