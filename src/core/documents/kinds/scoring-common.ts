import { deriveHeaderLines, unitHeaderLines } from '../../rules/member-units'
import { formatExact, formatScore, type Hundredths } from '../../scoring/points'
import { unitNameThen, type ScoringFacts } from '../../scoring/view'
import { parseIsoDate, placeDateLine } from '../../text/vietnamese'
import { paragraph, type Block, type HeaderBlock, type Signer } from '../model'
import { numberLine } from './common'

/**
 * Pieces shared by the year-end scoring documents (Báo cáo tự chấm, Bảng tổng hợp, Phiếu giải
 * trình): a unit's own header, its signer, the annex heading, figures with the year's decimals.
 */

/** Ký hiệu of a report of a unit's Ban Thường trực (official-layout.md §2.2). */
export const UNIT_REPORT_SYMBOL = 'MTTQ-BTT'

/** A figure as the year's rules print it: `95,5`. Empty for "not scored". */
export function points(facts: Pick<ScoringFacts, 'rules'>, value: Hundredths | null): string {
  return value === null ? '' : formatScore(value, facts.rules.decimals)
}

/** A maximum, cap or scale as rules state it, with only the decimals it has: `100`, `2,5`. */
export function exact(value: Hundredths | null): string {
  return value === null ? '' : formatExact(value)
}

/** The header of a document a member unit issues: its lines as named that year, BAN THƯỜNG TRỰC. */
export function unitHeader(
  facts: ScoringFacts,
  unitId: string,
  options: { typeCode: string | null; issuedOn: string }
): HeaderBlock {
  const unit = facts.units.find((u) => u.id === unitId)
  const then = unitNameThen(facts, unitId)
  const parentLines = unit && then === unit.name ? unitHeaderLines(unit) : deriveHeaderLines(then)
  return {
    kind: 'header',
    parentLines,
    issuerLines: ['BAN THƯỜNG TRỰC'],
    // The unit numbers its own documents in its own register: room to write the number by hand.
    numberLine:
      options.typeCode === null ? null : numberLine(null, options.typeCode, UNIT_REPORT_SYMBOL),
    regardingLine: null,
    placeDateLine: placeDateLine(
      unit?.placeName || facts.cluster.placeName,
      parseIsoDate(options.issuedOn),
      facts.year.year
    )
  }
}

/** Who gives the reviewed scores, as column headers name it: `Cụm chấm`, or `Điểm chấm` for a board. */
export function reviewerWord(facts: Pick<ScoringFacts, 'rules'>): string {
  return facts.rules.scorer === 'cluster' ? 'Cụm chấm' : 'Điểm chấm'
}

/** `Ban Thường trực Ủy ban MTTQ Việt Nam quận Đống Đa` as a sentence names the issuer. */
export function unitIssuerWords(facts: ScoringFacts, unitId: string): string {
  return `Ban Thường trực ${unitNameThen(facts, unitId)}`
}

/** The unit's signer: the sheet's signer if recorded, else `TM. BAN THƯỜNG TRỰC` / `CHỦ TỊCH`. */
export function unitSigner(facts: ScoringFacts, unitId: string): Signer {
  const sheet = facts.sheets.find((s) => s.unitId === unitId)
  const position = sheet?.signerTitle ? sheet.signerTitle.toLocaleUpperCase('vi') : 'CHỦ TỊCH'
  return { titleLines: ['TM. BAN THƯỜNG TRỰC', position], name: sheet?.signerName ?? '' }
}

/** `Phụ lục` / TITLE / `(Kèm theo …)`, centred, as an annex opens (official-layout.md §1.2 #24). */
export function annexHeading(title: string, attachedTo: string): Block[] {
  return [
    paragraph('centered', 'Phụ lục', { bold: true }),
    paragraph('centered', title.toLocaleUpperCase('vi'), { bold: true }),
    paragraph('centered', `(Kèm theo ${attachedTo})`, { italic: true })
  ]
}
