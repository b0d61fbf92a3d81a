import { formatSignedScore } from '../../scoring/points'
import { changedScores, unitScores, type ScoringFacts } from '../../scoring/view'
import { paragraph, type DocumentModel, type TableBlock } from '../model'
import type { FormatProfile } from '../profile'
import { points, unitHeader, unitIssuerWords, unitSigner, reviewerWord } from './scoring-common'

/**
 * The table of the Phiếu giải trình: STT | Tiêu chí | Tự chấm | Cụm chấm | Chênh lệch | Lý do |
 * Ý kiến giải trình của đơn vị, one row per changed criterion or item, and "Cộng" with the
 * effect on the total (a cut penalty raises it), so the figures add up.
 */
export function explanationTable(facts: ScoringFacts, unitId: string): TableBlock {
  const changes = changedScores(facts, unitId)
  const signed = (value: number) => formatSignedScore(value, facts.rules.decimals)
  const reviewer = reviewerWord(facts)
  return {
    kind: 'table',
    columns: [
      { header: 'STT', widthPercent: 5, align: 'center' },
      { header: 'Tiêu chí', widthPercent: 29, align: 'left' },
      { header: 'Tự chấm', widthPercent: 8, align: 'right' },
      { header: reviewer, widthPercent: 8, align: 'right' },
      { header: 'Chênh lệch', widthPercent: 9, align: 'right' },
      { header: 'Lý do', widthPercent: 19, align: 'left' },
      { header: 'Ý kiến giải trình của đơn vị', widthPercent: 22, align: 'left' }
    ],
    rows: [
      ...changes.map((c, i) => [
        String(i + 1),
        `${c.label}. ${c.text}`,
        c.self === null ? 'Chưa chấm' : points(facts, c.self),
        points(facts, c.reviewed),
        signed(c.difference),
        c.reason,
        c.explanation
      ]),
      [
        '',
        'Ảnh hưởng đến tổng điểm',
        '',
        '',
        signed(changes.reduce((sum, c) => sum + c.effectOnTotal, 0)),
        '',
        ''
      ]
    ],
    boldRows: [changes.length]
  }
}

/**
 * Phiếu giải trình điểm (year-end.md §A.6.3) of a unit whose scores the review changed, made from
 * the rows that carry a reason: the unit's header, the table (landscape, since it is not an
 * annex), the totals before and after, the unit's signature. Null when nothing was changed.
 */
export function buildScoreExplanationDocument(
  facts: ScoringFacts,
  unitId: string,
  profile: FormatProfile,
  issuedOn = ''
): DocumentModel | null {
  if (changedScores(facts, unitId).length === 0) return null
  const { cluster, year } = facts
  const unit = unitScores(facts, unitId)
  const reviewer = facts.rules.scorer === 'cluster' ? 'Cụm' : facts.rules.scorerBody
  const difference = unit.effective.total - unit.self.total
  const rowsEffect = changedScores(facts, unitId).reduce((sum, c) => sum + c.effectOnTotal, 0)
  // Caps, group maxima and the floor can make the total move less than the rows add up to.
  const capped =
    rowsEffect === difference
      ? ''
      : ' (khác cộng các dòng trên vì áp dụng mức tối đa của nhóm, điểm cộng, điểm trừ hoặc mức sàn)'
  return {
    title: `Phiếu giải trình điểm thi đua năm ${year.year} — ${unit.unitName}`,
    profile,
    sections: [
      {
        orientation: 'landscape',
        restartNumbering: false,
        blocks: [
          unitHeader(facts, unitId, { typeCode: null, issuedOn }),
          {
            kind: 'title',
            typeName: 'PHIẾU GIẢI TRÌNH ĐIỂM THI ĐUA',
            summaryLines: [`Năm ${year.year}`]
          },
          { kind: 'addressees', recipients: [`Cụm trưởng ${cluster.name}`] },
          paragraph(
            'body',
            `Căn cứ kết quả chấm điểm thi đua năm ${year.year} của ${cluster.name}, ${unitIssuerWords(facts, unitId)} giải trình các nội dung ${reviewer} chấm khác điểm tự chấm như sau:`
          ),
          explanationTable(facts, unitId),
          paragraph(
            'body',
            `Tổng điểm tự chấm ${points(facts, unit.self.total)} điểm; tổng điểm ${reviewer} chấm ${points(facts, unit.effective.total)} điểm; chênh lệch ${formatSignedScore(difference, facts.rules.decimals)} điểm${capped}./.`
          ),
          {
            kind: 'signature',
            layout: 'single',
            signers: [unitSigner(facts, unitId)],
            recipients: ['Như trên', 'Lưu: VT']
          }
        ]
      }
    ]
  }
}
