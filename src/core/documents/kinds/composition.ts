import type { Cluster, Composition, MemberUnit } from '../../model/entities'
import { unitHeaderLines } from '../../rules/member-units'
import type { HeaderBlock } from '../model'
import { parseIsoDate, dateWords, placeDateLine } from '../../text/vietnamese'
import type { Block, DocumentModel } from '../model'
import { paragraph } from '../model'
import { closeWithFullStop, outlineToParagraphs } from '../outline'
import type { FormatProfile } from '../profile'
import { clusterHeader, defaultClusterSigner, documentSymbol, type IssuedNumber } from './common'

/** ND30 type codes of the documents a secretary composes directly. */
export const COMPOSITION_TYPES = {
  notice: { typeCode: 'TB', typeName: 'THÔNG BÁO', label: 'Thông báo' },
  plan: { typeCode: 'KH', typeName: 'KẾ HOẠCH', label: 'Kế hoạch' }
} as const

/**
 * A Thông báo or Kế hoạch of the cluster as a document model: header (pattern A), title and
 * summary, căn cứ, the numbered body, signature with Nơi nhận, and — for a plan with a schedule —
 * an annex with its own page numbering holding the schedule table.
 */
export function buildCompositionDocument(
  cluster: Cluster,
  composition: Composition,
  issued: IssuedNumber | null,
  profile: FormatProfile,
  leaderUnit?: MemberUnit
): DocumentModel {
  const type = COMPOSITION_TYPES[composition.kind]
  const byLeader = composition.issuer === 'leader' && leaderUnit !== undefined
  // Left to be dated by hand, a numbered document still prints its year: the year of its number
  // (the register numbers it in the series of the day it was numbered), which can be after the
  // year it is about — a notice on 2025's results numbered in 2026 reads "năm 2026".
  const dateYear = issued?.issuedOn ? Number(issued.issuedOn.slice(0, 4)) : composition.year
  const header = byLeader
    ? leaderUnitHeader(leaderUnit, type.typeCode, composition, cluster)
    : clusterHeader(cluster, {
        typeCode: type.typeCode,
        issued,
        issuedOn: composition.issuedOn,
        year: dateYear,
        withDate: true
      })
  const blocks: Block[] = [
    header,
    { kind: 'title', typeName: type.typeName, summaryLines: [composition.summary] }
  ]
  composition.basis.forEach((line, i) => {
    const end = i === composition.basis.length - 1 ? '.' : ';'
    blocks.push(paragraph('basis', line.replace(/[.;,]+$/, '') + end))
  })
  blocks.push(...closeWithFullStop(outlineToParagraphs(composition.body)))
  const signer = composition.signerTitleLines.length
    ? { titleLines: composition.signerTitleLines, name: composition.signerName }
    : byLeader
      ? { titleLines: ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'], name: composition.signerName }
      : defaultClusterSigner(cluster, composition.signerName)
  blocks.push({
    kind: 'signature',
    layout: 'single',
    signers: [signer],
    recipients: composition.recipients
  })

  const sections: DocumentModel['sections'] = [
    { orientation: 'portrait', restartNumbering: false, blocks }
  ]
  if (composition.kind === 'plan' && composition.scheduleRows.length > 0) {
    const date = parseIsoDate(composition.issuedOn)
    const reference = issued
      ? `Kế hoạch số ${documentSymbol(issued.number, issued.typeCode, cluster.symbol)}`
      : `Kế hoạch số      /KH-${byLeader ? LEADER_SYMBOL : cluster.symbol}`
    sections.push({
      orientation: 'portrait',
      restartNumbering: true,
      blocks: [
        paragraph('centered', 'Phụ lục', { bold: true }),
        paragraph('centered', `LỊCH TRIỂN KHAI CÁC HOẠT ĐỘNG NĂM ${composition.year}`, {
          bold: true
        }),
        paragraph(
          'centered',
          `(Kèm theo ${reference} ${date ? dateWords(date) : `ngày     tháng     năm ${dateYear}`} của ${byLeader ? `Ban Thường trực ${leaderUnit.name}` : cluster.name})`,
          { italic: true }
        ),
        {
          kind: 'table',
          columns: [
            { header: 'STT', widthPercent: 8, align: 'center' },
            { header: 'Nội dung hoạt động', widthPercent: 42, align: 'left' },
            { header: 'Thời gian', widthPercent: 16, align: 'center' },
            { header: 'Đơn vị chủ trì', widthPercent: 20, align: 'left' },
            { header: 'Ghi chú', widthPercent: 14, align: 'left' }
          ],
          rows: composition.scheduleRows.map((row, i) => [
            String(i + 1),
            row.content,
            row.time,
            row.lead,
            row.note
          ])
        }
      ]
    })
  }
  return {
    title: `${type.label} ${composition.summary}`,
    profile,
    sections
  }
}

/** Ký hiệu of documents a Ban Thường trực issues in its own name (`…/KH-MTTQ-BTT`, §1.4). */
export const LEADER_SYMBOL = 'MTTQ-BTT'

/**
 * Header of a document the leading unit's Ban Thường trực issues in its own name (pattern B):
 * its header lines, `BAN THƯỜNG TRỰC` in bold, a number left blank for the unit's own register,
 * the unit's place name.
 */
function leaderUnitHeader(
  unit: MemberUnit,
  typeCode: string,
  composition: Composition,
  cluster: Cluster
): HeaderBlock {
  return {
    kind: 'header',
    parentLines: unitHeaderLines(unit),
    issuerLines: ['BAN THƯỜNG TRỰC'],
    numberLine: `Số:      /${typeCode}-${LEADER_SYMBOL}`,
    regardingLine: null,
    placeDateLine: placeDateLine(
      unit.placeName || cluster.placeName,
      parseIsoDate(composition.issuedOn),
      composition.year
    )
  }
}
