import type { Cluster, Composition } from '../../model/entities'
import { parseIsoDate, dateWords } from '../../text/vietnamese'
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
  profile: FormatProfile
): DocumentModel {
  const type = COMPOSITION_TYPES[composition.kind]
  const blocks: Block[] = [
    clusterHeader(cluster, {
      typeCode: type.typeCode,
      issued,
      issuedOn: composition.issuedOn,
      year: composition.year,
      withDate: true
    }),
    { kind: 'title', typeName: type.typeName, summaryLines: [composition.summary] }
  ]
  composition.basis.forEach((line, i) => {
    const end = i === composition.basis.length - 1 ? '.' : ';'
    blocks.push(paragraph('basis', line.replace(/[.;,]+$/, '') + end))
  })
  blocks.push(...closeWithFullStop(outlineToParagraphs(composition.body)))
  const signer = composition.signerTitleLines.length
    ? { titleLines: composition.signerTitleLines, name: composition.signerName }
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
      : 'Kế hoạch số      /KH-' + cluster.symbol
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
          `(Kèm theo ${reference} ${date ? dateWords(date) : `ngày     tháng     năm ${composition.year}`} của ${cluster.name})`,
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
