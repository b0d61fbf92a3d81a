import { legalBasisOn } from '../../awards/catalogue'
import { summarizeAttendance } from '../../rules/meetings'
import { exact } from './scoring-common'
import { formatDateVi } from '../../text/dates'
import { paragraph, type Block, type DocumentModel, type TableBlock } from '../model'
import { closeWithFullStop, outlineToParagraphs } from '../outline'
import type { FormatProfile } from '../profile'
import { clusterHeader, defaultClusterSigner, documentSymbol, type IssuedNumber } from './common'
import {
  bandCounts,
  basisParagraphs,
  collectives,
  meetingWords,
  proposalsByType,
  resultLines,
  type YearEndFacts
} from './year-end-common'
import { toRoman } from '../../text/vietnamese'

/**
 * Tờ trình đề nghị khen thưởng (year-end.md §C.4 #1–2): issued by the cluster (TTr), Kính gửi the
 * higher body, the căn cứ in force on its date, the year's scores and the vote with every share
 * on its base, the request per award "(có danh sách kèm theo)", and the Danh sách trích ngang as
 * its annex, paginated on its own.
 */

export interface SubmissionOptions {
  issued: IssuedNumber | null
  issuedOn: string
  /** The cụm trưởng's chairman, under the signature; empty leaves the line for handwriting. */
  signerName: string
  /** Căn cứ to print instead of the defaults (one per line). */
  basis?: string[]
}

/** The default căn cứ: the law in force on the date, the catalogue's, the year's, the meeting's. */
export function submissionBasis(facts: YearEndFacts, issuedOn: string): string[] {
  const { scoring, meeting } = facts
  const types = proposalsByType(facts).map((g) => g.type)
  const lines = [
    ...legalBasisOn(issuedOn || meeting.meeting.date),
    ...types.flatMap((t) => t.basis.filter((b) => !/^Luật Thi đua/.test(b))),
    ...scoring.rules.basis,
    `Biên bản ${meetingWords(facts)} và Biên bản kiểm phiếu bình xét thi đua năm ${meeting.year.year}`
  ]
  return [...new Set(lines)]
}

function bodyLines(facts: YearEndFacts): string[] {
  const { scoring, meeting, rounds, results } = facts
  const { cluster, year } = meeting
  const attendance = summarizeAttendance(year.memberUnitIds, meeting.attendances)
  const groups = proposalsByType(facts)
  const higher = cluster.higherBody || 'cấp trên'
  const lines = [
    `Năm ${year.year}, ${cluster.name} gồm ${attendance.members} đơn vị thành viên. Thực hiện Bản giao ước thi đua năm ${year.year}, các đơn vị đã tự chấm điểm; Cụm tổ chức chấm điểm, xếp hạng theo thang ${exact(scoring.rules.declaredMax)} điểm chuẩn. Kết quả xếp loại: ${bandCounts(scoring)} (có Bảng tổng hợp kèm theo hồ sơ).`,
    `Tại ${meetingWords(facts)}, có mặt ${attendance.present}/${attendance.members} đơn vị, Cụm đã bình xét bằng hình thức bỏ phiếu kín${rounds.length > 1 ? ` (${rounds.length} lần bỏ phiếu)` : ''}; kết quả:`,
    ...resultLines(results, rounds).filter((_, i) => results[i]!.section.awardTypeId !== ''),
    `${cluster.name} kính đề nghị ${higher} xem xét, tặng:`,
    ...groups.map(
      (g, i) =>
        `- ${g.type.name} cho ${collectives(g.proposals.length)}${i === groups.length - 1 ? ' (có danh sách kèm theo).' : ';'}`
    ),
    `Kính trình ${higher} xem xét, quyết định.`
  ]
  return lines
}

/** Danh sách trích ngang, per award: STT | Tên tập thể | Hình thức đề nghị | Tóm tắt thành tích | Ghi chú. */
function nomineeTable(group: ReturnType<typeof proposalsByType>[number]): TableBlock {
  return {
    kind: 'table',
    columns: [
      { header: 'STT', widthPercent: 7, align: 'center' },
      {
        header: 'Tên tập thể (ghi đầy đủ, đúng tên gọi tại thời điểm đề nghị)',
        widthPercent: 27,
        align: 'left'
      },
      { header: 'Hình thức đề nghị', widthPercent: 18, align: 'left' },
      { header: 'Tóm tắt thành tích', widthPercent: 36, align: 'left' },
      { header: 'Ghi chú', widthPercent: 12, align: 'left' }
    ],
    rows: group.proposals.map((p, i) => [
      String(i + 1),
      p.unitName,
      group.type.shortName,
      p.summary,
      p.vote && p.vote.round > 1 ? `Bỏ phiếu lần ${p.vote.round}` : ''
    ])
  }
}

/** Ký hiệu of the tờ trình as the danh sách cites it, or the words for an unnumbered one. */
function attachedTo(facts: YearEndFacts, options: SubmissionOptions): string {
  const { cluster } = facts.meeting
  const date = options.issued?.issuedOn || options.issuedOn
  if (!options.issued)
    return `Tờ trình của ${cluster.name}${date ? ` ngày ${formatDateVi(date)}` : ''}`
  return `Tờ trình số ${documentSymbol(options.issued.number, options.issued.typeCode, cluster.symbol)}${date ? ` ngày ${formatDateVi(date)}` : ''} của ${cluster.name}`
}

export function buildSubmissionDocument(
  facts: YearEndFacts,
  profile: FormatProfile,
  options: SubmissionOptions
): DocumentModel {
  const { cluster, year } = facts.meeting
  const groups = proposalsByType(facts)
  const forms = groups.map((g) => g.type.shortName).filter((v, i, a) => a.indexOf(v) === i)
  const summary = `Về việc đề nghị tặng ${forms.join(' và ') || 'khen thưởng'} năm ${year.year}`
  const issuedOn = options.issued?.issuedOn || options.issuedOn
  const signer = defaultClusterSigner(cluster, options.signerName)
  const blocks: Block[] = [
    clusterHeader(cluster, {
      typeCode: 'TTr',
      issued: options.issued,
      issuedOn,
      year: year.year,
      withDate: true
    }),
    { kind: 'title', typeName: 'TỜ TRÌNH', summaryLines: [summary] },
    { kind: 'addressees', recipients: [cluster.higherBody || 'Cấp trên'] },
    ...basisParagraphs(options.basis ?? submissionBasis(facts, issuedOn)),
    ...closeWithFullStop(outlineToParagraphs(bodyLines(facts).join('\n'))),
    {
      kind: 'signature',
      layout: 'single',
      signers: [signer],
      recipients: ['Như trên', 'Các đơn vị trong Cụm', 'Lưu: VT']
    }
  ]
  const annex: Block[] = [
    paragraph('centered', 'DANH SÁCH', { bold: true }),
    paragraph('centered', `Tập thể đề nghị tặng ${forms.join(' và ')} năm ${year.year}`, {
      bold: true
    }),
    paragraph('centered', `(Kèm theo ${attachedTo(facts, options)})`, { italic: true }),
    ...groups.flatMap((g, i) => [
      paragraph('heading', `${g.type.name} (${collectives(g.proposals.length)})`, {
        label: `${toRoman(i + 1)}.`,
        bold: true,
        keepWithNext: true
      }),
      nomineeTable(g)
    ]),
    paragraph(
      'body',
      `Tổng cộng: ${collectives(groups.reduce((n, g) => n + g.proposals.length, 0))}./.`
    ),
    { kind: 'signature', layout: 'single', signers: [signer], recipients: [] }
  ]
  return {
    title: `Tờ trình đề nghị khen thưởng năm ${year.year}`,
    profile,
    sections: [
      { orientation: 'portrait', restartNumbering: false, blocks },
      { orientation: 'portrait', restartNumbering: true, blocks: annex }
    ]
  }
}
