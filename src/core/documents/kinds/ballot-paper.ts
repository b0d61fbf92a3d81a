import { ballotInstructions, copiesToPrint, sectionHeading } from '../../ballot/build'
import type { Ballot } from '../../ballot/model'
import type { Cluster } from '../../model/entities'
import {
  paragraph,
  type Block,
  type DocSection,
  type DocumentModel,
  type TableBlock
} from '../model'
import { textWidthMm, type FormatProfile } from '../profile'
import { issuerLine } from './common'

/**
 * "In phiếu": the ballot papers (Phiếu bình xét thi đua, year-end.md §B.4). Not an ND30
 * administrative document: no number, no signature, no date, and nothing on a paper that could
 * tell one voter's paper from another's — so each copy is its own section (a new page whose first
 * page never shows a page number), every copy identical, as many as electors plus spares. Each
 * paper must fit on one page: `ballotPageFit` says whether it does before printing.
 */

function sectionTable(ballot: Ballot, index: number): TableBlock {
  const section = ballot.sections[index]!
  const tick = ballot.marking === 'tick'
  return {
    kind: 'table',
    columns: tick
      ? [
          { header: 'STT', widthPercent: 8, align: 'center' },
          { header: 'Tên đơn vị', widthPercent: 50, align: 'left' },
          { header: 'Đồng ý', widthPercent: 21, align: 'center' },
          { header: 'Không đồng ý', widthPercent: 21, align: 'center' }
        ]
      : [
          { header: 'STT', widthPercent: 10, align: 'center' },
          { header: 'Tên đơn vị', widthPercent: 90, align: 'left' }
        ],
    rows: section.candidates.map((c, i) =>
      tick ? [String(i + 1), c.label, '', ''] : [String(i + 1), c.label]
    )
  }
}

/** The blocks of one paper. */
function paperBlocks(cluster: Cluster, ballot: Ballot): Block[] {
  const [first, ...more] = ballotInstructions(ballot)
  return [
    {
      kind: 'header',
      parentLines: cluster.headerLines,
      issuerLines: [issuerLine(cluster)],
      numberLine: null,
      regardingLine: null,
      placeDateLine: null
    },
    {
      kind: 'title',
      typeName: ballot.title.toLocaleUpperCase('vi'),
      summaryLines: ballot.round > 1 ? [`(Bỏ phiếu lần ${ballot.round})`] : []
    },
    ...(ballot.subtitle ? [paragraph('centered', ballot.subtitle, { italic: true })] : []),
    {
      kind: 'paragraph',
      role: 'body',
      runs: [
        { text: 'Hướng dẫn: ', bold: true, italic: true },
        { text: first!, italic: true }
      ]
    },
    ...more.map((line) => paragraph('body', line, { italic: true })),
    ...ballot.sections.flatMap((_, i) => [
      paragraph('heading', sectionHeading(ballot, i), { bold: true, keepWithNext: true }),
      sectionTable(ballot, i)
    ])
  ]
}

/**
 * The papers to print: `copies` identical pages (default: electors + spares), one section each so
 * that no page carries a number.
 */
export function buildBallotPapersDocument(
  cluster: Cluster,
  ballot: Ballot,
  profile: FormatProfile,
  copies = copiesToPrint(ballot)
): DocumentModel {
  const blocks = paperBlocks(cluster, ballot)
  const sections: DocSection[] = Array.from({ length: Math.max(1, copies) }, () => ({
    orientation: 'portrait',
    restartNumbering: true,
    blocks
  }))
  return {
    title: `${ballot.title}${ballot.round > 1 ? ` (lần ${ballot.round})` : ''}`,
    profile,
    sections
  }
}

const PT_MM = 25.4 / 72
/**
 * A line of Times New Roman (Liberation Serif) is 1,15 em high at single spacing; an average
 * character of Vietnamese text is at most about 0,45 em wide. Measured against LibreOffice's
 * rendering, which the tests compare with the estimate.
 */
const LINE_EM = 1.15
const CHAR_EM = 0.45
/** What the estimate keeps in hand: 2% of the height and 5 mm. */
const SAFETY = { factor: 1.02, mm: 5 }

/** Lines a text takes in a width (mm) at a size (pt), by the average character width. */
function linesOf(text: string, widthMm: number, sizePt: number): number {
  const perLine = Math.max(1, Math.floor(widthMm / (sizePt * CHAR_EM * PT_MM)))
  return Math.max(1, Math.ceil(Array.from(text).length / perLine))
}

/**
 * Whether one paper fits on one A4 page under the profile, from a conservative estimate of the
 * height of each block (checked against LibreOffice's rendering by the tests). A paper that does
 * not fit would print on two pages — the second with a page number — so the screen asks to split
 * the ballot (e.g. the election on its own paper) before printing.
 */
export function ballotPageFit(
  cluster: Cluster,
  ballot: Ballot,
  profile: FormatProfile
): { fits: boolean; heightMm: number; availableMm: number } {
  const width = textWidthMm(profile)
  const body = (text: string, bold = false) =>
    linesOf(text, width - profile.firstLineIndentMm, profile.bodyPt * (bold ? 1.05 : 1)) *
      profile.bodyPt *
      LINE_EM *
      profile.lineSpacing +
    profile.paragraphAfterPt
  let pt = 0
  const left = cluster.headerLines.length + 1
  pt += Math.max(left * profile.issuerPt * LINE_EM, 2 * profile.mottoPt * LINE_EM) + 6
  pt += 18 + profile.typeNamePt * LINE_EM + (ballot.round > 1 ? profile.summaryPt * LINE_EM : 0)
  pt += 4 + profile.paragraphAfterPt * 2
  if (ballot.subtitle) pt += body(ballot.subtitle)
  ballotInstructions(ballot).forEach(
    (line, i) => (pt += body(i === 0 ? `Hướng dẫn: ${line}` : line))
  )
  const row = (text: string, share: number) =>
    linesOf(text, (width * share) / 100 - 3, profile.tablePt) * profile.tablePt * LINE_EM + 2
  ballot.sections.forEach((section, i) => {
    pt += body(sectionHeading(ballot, i), true)
    const nameShare = ballot.marking === 'tick' ? 50 : 90
    pt += row('Không đồng ý', 21)
    for (const c of section.candidates) pt += row(c.label, nameShare)
    pt += profile.bodyPt * LINE_EM + profile.paragraphAfterPt
  })
  const heightMm = pt * PT_MM * SAFETY.factor + SAFETY.mm
  const availableMm = 297 - profile.marginTopMm - profile.marginBottomMm
  return { fits: heightMm <= availableMm, heightMm, availableMm }
}
