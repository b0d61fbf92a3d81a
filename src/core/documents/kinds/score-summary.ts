import type { SheetFlag, TieBreakKey } from '../../scoring/model'
import { formatPercentExact } from '../../scoring/points'
import { yearSummary, type ScoringFacts, type SummaryRow } from '../../scoring/view'
import { formatPercent } from '../../text/vietnamese'
import { paragraph, type Block, type DocumentModel, type TableBlock } from '../model'
import { closeWithFullStop } from '../outline'
import type { FormatProfile } from '../profile'
import { clusterHeader, defaultClusterSigner } from './common'
import { exact, points, reviewerWord } from './scoring-common'

export const FLAG_WORDS: Record<SheetFlag['kind'], string> = {
  discipline: 'đang xem xét kỷ luật',
  inspection: 'đang thanh tra, kiểm tra',
  complaint: 'có đơn thư khiếu nại, tố cáo',
  other: 'vướng mắc'
}

export const TIE_BREAK_WORDS: Record<TieBreakKey, string> = {
  'more-full-marks': 'nhiều tiêu chí đạt điểm tối đa hơn',
  'higher-base': 'điểm các tiêu chí (không kể điểm cộng) cao hơn',
  'fewer-penalty': 'ít điểm trừ hơn'
}

/**
 * The unit's own bonus and penalty where the review counted others: with them and the Tự chấm
 * column a reader rebuilds the self-score total of the unit's report.
 */
export function selfItemsNotes(
  facts: Pick<ScoringFacts, 'rules'>,
  row: Pick<SummaryRow, 'self' | 'effective'>
): string[] {
  const out: string[] = []
  if (row.self.bonus !== row.effective.bonus)
    out.push(`Tự chấm điểm cộng ${points(facts, row.self.bonus)}`)
  if (row.self.penalty !== row.effective.penalty)
    out.push(`Tự chấm điểm trừ ${points(facts, row.self.penalty)}`)
  return out
}

/** The Ghi chú of a line: what a reader needs to check the figures and the rank. */
function notes(facts: ScoringFacts, row: SummaryRow): string {
  const out: string[] = selfItemsNotes(facts, row)
  const t = row.effective
  if (t.bonusRaw > t.bonus)
    out.push(`Điểm cộng ${points(facts, t.bonusRaw)}, tính tối đa ${points(facts, t.bonus)}`)
  if (t.penaltyRaw > t.penalty)
    out.push(`Điểm trừ ${points(facts, t.penaltyRaw)}, tính tối đa ${points(facts, t.penalty)}`)
  if (t.total !== t.unfloored) out.push('Tổng âm, tính 0 điểm')
  if (row.separatedBy) out.push(`Bằng điểm, xếp sau do ${TIE_BREAK_WORDS[row.separatedBy]}`)
  if (t.missing > 0) out.push(`Còn ${t.missing} tiêu chí chưa chấm`)
  const flag = row.sheet?.flag
  if (flag) out.push(`Vướng mắc: ${FLAG_WORDS[flag.kind]} (${flag.note})`)
  return out.join('; ')
}

/** The score table of the year: one line per unit, ranked. */
export function summaryTable(facts: ScoringFacts, rows = yearSummary(facts)): TableBlock {
  const reviewer = reviewerWord(facts)
  return {
    kind: 'table',
    columns: [
      { header: 'STT', widthPercent: 5, align: 'center' },
      { header: 'Đơn vị', widthPercent: 21, align: 'left' },
      // Both on the criteria alone, so that the two compare like with like (year-end.md §A.6.2).
      { header: 'Tự chấm (điểm chuẩn)', widthPercent: 10, align: 'right' },
      { header: `${reviewer} (điểm chuẩn)`, widthPercent: 10, align: 'right' },
      { header: 'Điểm cộng', widthPercent: 7, align: 'right' },
      { header: 'Điểm trừ', widthPercent: 7, align: 'right' },
      { header: 'Tổng điểm', widthPercent: 8, align: 'right' },
      { header: 'Xếp thứ', widthPercent: 11, align: 'center' },
      { header: 'Xếp loại', widthPercent: 10, align: 'center' },
      { header: 'Ghi chú', widthPercent: 11, align: 'left' }
    ],
    rows: rows.map((row, i) => [
      String(i + 1),
      row.unitName,
      points(facts, row.self.base),
      points(facts, row.effective.base),
      points(facts, row.effective.bonus),
      points(facts, row.effective.penalty),
      points(facts, row.effective.total),
      row.tied ? `${row.rank}\n(đồng hạng)` : String(row.rank),
      row.band?.label ?? 'Không xếp loại',
      notes(facts, row)
    ])
  }
}

/** The lines under the table: how the total is made, what the bands mean, how many are in each. */
function explanations(facts: ScoringFacts, rows: SummaryRow[]): Block[] {
  const { rules } = facts
  const reviewer = reviewerWord(facts)
  const ties = rules.tieBreak.length
    ? `Đơn vị bằng tổng điểm được xếp theo thứ tự: ${rules.tieBreak.map((k) => TIE_BREAK_WORDS[k]).join('; ')}; nếu vẫn bằng nhau thì đồng hạng.`
    : 'Đơn vị bằng tổng điểm được xếp đồng hạng.'
  const lines = [
    `Tự chấm (điểm chuẩn) và ${reviewer} (điểm chuẩn) là điểm các tiêu chí, chưa gồm điểm cộng, điểm trừ; điểm cộng, điểm trừ đơn vị tự chấm nếu khác điểm được tính thì ghi ở cột Ghi chú.`,
    `Tổng điểm = ${reviewer} (điểm chuẩn) + Điểm cộng − Điểm trừ${rules.floorAtZero ? ' (không thấp hơn 0)' : ''}. ${ties}`
  ]
  if (rules.scorer === 'provincial-board')
    lines.push(`Điểm chấm do ${rules.scorerBody} chấm; Cụm ghi nhận kết quả.`)
  const bands = [...rules.bands].sort((a, b) => b.minPercent - a.minPercent)
  if (bands.length) {
    lines.push(
      `Xếp loại theo tỷ lệ tổng điểm trên ${exact(rules.declaredMax)} điểm chuẩn: ${bands.map((b) => `${b.label} từ ${formatPercentExact(b.minPercent)}`).join('; ')}.`
    )
    const counts = [...bands.map((b) => b.label), 'Không xếp loại']
      .map((label) => ({
        label,
        n: rows.filter((r) => (r.band?.label ?? 'Không xếp loại') === label).length
      }))
      .filter((c) => c.n > 0)
    lines.push(
      `Kết quả: ${counts.map((c) => `${c.label} ${c.n}/${rows.length} đơn vị (${formatPercent(c.n, rows.length)})`).join('; ')}.`
    )
  }
  return closeWithFullStop(
    lines.map((text, i) => paragraph('body', i === 0 ? `Ghi chú: ${text}` : text))
  )
}

/** Who prepared and who signs the table. */
export interface SummarySigners {
  /** The secretary under NGƯỜI LẬP BIỂU; empty leaves the line for handwriting. */
  preparedBy: string
  /** The cụm trưởng's chairman under TM. CỤM THI ĐUA … / CỤM TRƯỞNG. */
  signerName: string
}

/**
 * Bảng tổng hợp kết quả chấm điểm, xếp hạng (year-end.md §A.6.2), issued by the cluster:
 * landscape (a table not split into an annex, ND30 Phần I), the scale stated under the title,
 * STT | Đơn vị | Tự chấm (điểm chuẩn) | Cụm chấm (điểm chuẩn) | Điểm cộng | Điểm trừ | Tổng điểm |
 * Xếp thứ | Xếp loại | Ghi chú (the two scores on the criteria alone, so they compare) with the header row repeated on every page, ties marked đồng hạng, the
 * explanations a reader needs to check every figure, NGƯỜI LẬP BIỂU on the left and the
 * cluster's signature on the right.
 */
export function buildScoreSummaryDocument(
  facts: ScoringFacts,
  profile: FormatProfile,
  issuedOn: string,
  signers: SummarySigners
): DocumentModel {
  const { cluster, year, rules } = facts
  const rows = yearSummary(facts)
  const scale = [
    `điểm chuẩn ${exact(rules.declaredMax)} điểm`,
    rules.bonusCap !== null ? `điểm cộng tối đa ${exact(rules.bonusCap)} điểm` : '',
    rules.penaltyCap !== null ? `điểm trừ tối đa ${exact(rules.penaltyCap)} điểm` : ''
  ].filter(Boolean)
  const blocks: Block[] = [
    {
      ...clusterHeader(cluster, {
        typeCode: '',
        issued: null,
        issuedOn,
        year: year.year,
        withDate: true
      }),
      // A table of results, not a numbered document type of ND30.
      numberLine: null
    },
    {
      kind: 'title',
      typeName: 'BẢNG TỔNG HỢP',
      summaryLines: [`Kết quả chấm điểm thi đua, xếp hạng năm ${year.year} của ${cluster.name}`]
    },
    paragraph('centered', `(${scale.join('; ')})`.replace(/^\(đ/, '(Đ'), { italic: true }),
    summaryTable(facts, rows),
    ...explanations(facts, rows),
    {
      kind: 'signature',
      layout: 'pair',
      signers: [
        { titleLines: ['NGƯỜI LẬP BIỂU'], name: signers.preparedBy },
        defaultClusterSigner(cluster, signers.signerName)
      ],
      recipients: []
    }
  ]
  return {
    title: `Bảng tổng hợp kết quả chấm điểm, xếp hạng năm ${year.year}`,
    profile,
    sections: [{ orientation: 'landscape', restartNumbering: false, blocks }]
  }
}
