import { evidenceWords } from '../../scoring/diff'
import type { ScoreAdjustment } from '../../scoring/model'
import { planMaxima } from '../../scoring/plan'
import {
  formatPercentExact,
  formatPercentHundredths,
  percentHundredths
} from '../../scoring/points'
import { classify } from '../../scoring/ranking'
import { unitScores, type ScoringFacts, type UnitScores } from '../../scoring/view'
import { dateWords, parseIsoDate } from '../../text/vietnamese'
import { paragraph, type Block, type DocumentModel, type TableBlock } from '../model'
import { closeWithFullStop, outlineToParagraphs } from '../outline'
import type { FormatProfile } from '../profile'
import {
  annexHeading,
  exact,
  points,
  unitHeader,
  unitIssuerWords,
  unitSigner
} from './scoring-common'

const noteOf = (note: string, evidence: Parameters<typeof evidenceWords>[0]) =>
  [note, evidenceWords(evidence)].filter(Boolean).join('; ')

/** The bonus or penalty part of a self-score table: its heading row and one row per item. */
function itemRows(
  facts: ScoringFacts,
  unit: UnitScores,
  kind: 'bonus' | 'penalty',
  cap: number | null,
  maximum: number
): { rows: string[][]; bold: number[] } {
  const items = unit.adjustments.filter(
    (a: ScoreAdjustment) => a.kind === kind && a.selfPoints !== null
  )
  const raw = kind === 'bonus' ? unit.self.bonusRaw : unit.self.penaltyRaw
  const counted = kind === 'bonus' ? unit.self.bonus : unit.self.penalty
  const limit = cap ?? (maximum > 0 ? maximum : null)
  // Name the criterion of an item only when the part has more than one.
  const several = (kind === 'bonus' ? facts.plan.bonus : facts.plan.penalty).length > 1
  if (items.length === 0 && limit === null) return { rows: [], bold: [] }
  const word = kind === 'bonus' ? 'ĐIỂM CỘNG' : 'ĐIỂM TRỪ'
  const rows: string[][] = [
    [
      kind === 'bonus' ? 'A' : 'B',
      limit === null ? word : `${word} (tối đa ${exact(limit)} điểm)`,
      exact(limit),
      points(facts, counted),
      raw > counted ? `Đề nghị ${points(facts, raw)}; tính tối đa ${points(facts, counted)}` : ''
    ]
  ]
  items.forEach((item, i) => {
    const criterion = facts.plan.byId.get(item.criterionId)
    rows.push([
      String(i + 1),
      criterion && several ? `${item.reason} (${criterion.fullLabel})` : item.reason,
      '',
      points(facts, item.selfPoints),
      noteOf('', item.evidence)
    ])
  })
  if (items.length === 0)
    rows.push(['', kind === 'bonus' ? 'Không đề nghị điểm cộng' : 'Không có điểm trừ', '', '', ''])
  return { rows, bold: [0] }
}

/**
 * The unit's self-score table (annex of its report): STT | Nội dung tiêu chí | Điểm chuẩn |
 * Điểm tự chấm | Minh chứng / Ghi chú; groups in bold with their sums, "Cộng điểm các tiêu chí",
 * the bonus and the penalty parts, and "TỔNG CỘNG" = criteria + bonus − penalty.
 */
export function selfScoreTable(facts: ScoringFacts, unitId: string): TableBlock {
  const unit = unitScores(facts, unitId)
  const maxima = planMaxima(facts.plan)
  const rows: string[][] = []
  const bold: number[] = []
  for (const row of facts.plan.rows.filter((r) => r.part === 'base')) {
    if (row.kind === 'group') {
      bold.push(rows.length)
      rows.push([
        row.label,
        row.text,
        exact(maxima.groups[row.slot]!),
        points(facts, unit.self.groups[row.slot]!),
        ''
      ])
      continue
    }
    const entry = unit.entries.find((e) => e.criterionId === row.id)
    rows.push([
      row.label,
      row.text,
      exact(row.max),
      points(facts, entry?.selfScore ?? null),
      noteOf(entry?.selfNote ?? '', entry?.evidence ?? [])
    ])
  }
  bold.push(rows.length)
  rows.push([
    '',
    'Cộng điểm các tiêu chí',
    points(facts, maxima.base),
    points(facts, unit.self.base),
    ''
  ])
  const { rules } = facts
  for (const [kind, cap, maximum] of [
    ['bonus', rules.bonusCap, maxima.bonus],
    ['penalty', rules.penaltyCap, maxima.penalty]
  ] as const) {
    const part = itemRows(facts, unit, kind, cap, maximum)
    bold.push(...part.bold.map((b) => b + rows.length))
    rows.push(...part.rows)
  }
  const bonusTop = rules.bonusCap ?? maxima.bonus
  bold.push(rows.length)
  rows.push([
    '',
    'TỔNG CỘNG',
    rules.bonusInsideTotal || bonusTop === 0
      ? exact(rules.declaredMax)
      : `${exact(rules.declaredMax)} + ${exact(bonusTop)}`,
    points(facts, unit.self.total),
    unit.self.total !== unit.self.unfloored ? 'Tổng âm, tính 0 điểm theo Quy chế' : ''
  ])
  return {
    kind: 'table',
    columns: [
      { header: 'STT', widthPercent: 6, align: 'center' },
      { header: 'Nội dung tiêu chí', widthPercent: 44, align: 'left' },
      { header: 'Điểm chuẩn', widthPercent: 12, align: 'right' },
      { header: 'Điểm tự chấm', widthPercent: 12, align: 'right' },
      { header: 'Minh chứng / Ghi chú', widthPercent: 26, align: 'left' }
    ],
    rows,
    boldRows: bold
  }
}

/** The report text as outline: the unit's own text, then the self-score result in figures. */
function reportOutline(facts: ScoringFacts, unitId: string): string {
  const unit = unitScores(facts, unitId)
  const { rules, plan } = facts
  const lines: string[] = []
  const narrative = unit.sheet?.narrative ?? ''
  if (narrative) {
    if (!/^#\s/m.test(narrative)) lines.push('# Kết quả thực hiện giao ước thi đua')
    lines.push(narrative)
  } else {
    const full = unit.self.fullMarks
    const count = plan.leaves.length
    lines.push('# Kết quả thực hiện giao ước thi đua')
    lines.push(
      `Năm ${facts.year.year}, đơn vị thực hiện ${count} tiêu chí của Bản giao ước thi đua; ${full}/${count} tiêu chí tự chấm đạt điểm tối đa (${formatPercentHundredths(percentHundredths(full, count))}).`
    )
  }
  lines.push('# Kết quả tự chấm điểm')
  lines.push(
    `Tổng điểm tự chấm: ${points(facts, unit.self.total)} điểm, gồm điểm các tiêu chí ${points(facts, unit.self.base)}/${exact(planMaxima(plan).base)} điểm, điểm cộng ${points(facts, unit.self.bonus)} điểm, điểm trừ ${points(facts, unit.self.penalty)} điểm (có bảng tự chấm điểm chi tiết kèm theo).`
  )
  const band = classify(unit.self.total, rules.declaredMax, rules.bands)
  const share = formatPercentHundredths(percentHundredths(unit.self.total, rules.declaredMax))
  // The share with its base, so a reader can check it: "99,5/100 điểm chuẩn, đạt 99,50%".
  const of = `${points(facts, unit.self.total)}/${exact(rules.declaredMax)} điểm chuẩn`
  lines.push(
    band
      ? `Tự xếp loại: ${band.label} (tổng điểm ${of}, đạt ${share}; mức ${band.label} từ ${formatPercentExact(band.minPercent)}).`
      : `Tổng điểm ${of}, đạt ${share}, chưa đạt mức xếp loại nào.`
  )
  return lines.join('\n')
}

/**
 * Báo cáo kết quả thực hiện giao ước thi đua và tự chấm điểm (year-end.md §A.6.1), issued by the
 * unit's Ban Thường trực to the cụm trưởng: its header and number line (its own register), the
 * căn cứ, the report (the unit's text, then the self-score figures), the signature, and the
 * self-score table as an annex paginated on its own.
 */
export function buildScoreReportDocument(
  facts: ScoringFacts,
  unitId: string,
  profile: FormatProfile,
  issuedOn = ''
): DocumentModel {
  const { cluster, year } = facts
  const issuer = unitIssuerWords(facts, unitId)
  const basis = [
    `Bản giao ước thi đua năm ${year.year} của ${cluster.name}`,
    ...facts.rules.basis.map((b) => b.replace(/^Căn cứ\s+/i, ''))
  ].map(
    (line, i, all) => `Căn cứ ${line.replace(/[.;,]+$/, '')}${i === all.length - 1 ? '.' : ';'}`
  )
  const blocks: Block[] = [
    unitHeader(facts, unitId, { typeCode: 'BC', issuedOn }),
    {
      kind: 'title',
      typeName: 'BÁO CÁO',
      summaryLines: [`Kết quả thực hiện giao ước thi đua và tự chấm điểm năm ${year.year}`]
    },
    { kind: 'addressees', recipients: [`Cụm trưởng ${cluster.name}`] },
    ...basis.map((text) => paragraph('basis', text)),
    paragraph(
      'body',
      `${issuer} báo cáo kết quả thực hiện giao ước thi đua và tự chấm điểm năm ${year.year} như sau:`
    ),
    ...closeWithFullStop(outlineToParagraphs(reportOutline(facts, unitId))),
    {
      kind: 'signature',
      layout: 'single',
      signers: [unitSigner(facts, unitId)],
      recipients: ['Như trên', 'Lưu: VT']
    }
  ]
  const date = parseIsoDate(issuedOn)
  return {
    title: `Báo cáo kết quả thực hiện giao ước và tự chấm điểm năm ${year.year} — ${unitScores(facts, unitId).unitName}`,
    profile,
    sections: [
      { orientation: 'portrait', restartNumbering: false, blocks },
      {
        orientation: 'portrait',
        restartNumbering: true,
        blocks: [
          ...annexHeading(
            `Bảng tự chấm điểm thi đua năm ${year.year}`,
            `Báo cáo${date ? ` ${dateWords(date)}` : ''} của ${issuer}`
          ),
          selfScoreTable(facts, unitId)
        ]
      }
    ]
  }
}
