import { describe, expect, it } from 'vitest'
import { buildDossierChecklistDocument } from '@core/documents/kinds/dossier-checklist'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import { buildSampleDataset } from '@core/sample/sample-dataset'

describe('the dossier checklist as a document', () => {
  it('carries every line of the checklist under its title, not the lines the header already says', () => {
    let n = 0
    const data = buildSampleDataset('2024-11-01T03:00:00.000Z', () => `id-${++n}`)
    const text =
      'DANH MỤC\r\nCụm\r\n\r\n1. Tờ trình: có — 01 Tờ trình.docx\r\n2. Báo cáo thành tích: CHƯA ĐỦ.\r\n'
    const model = buildDossierChecklistDocument(data.clusters[0]!, 2024, text, DEFAULT_PROFILE)
    const blocks = model.sections[0]!.blocks
    expect(blocks[1]).toMatchObject({ kind: 'title', typeName: 'DANH MỤC HỒ SƠ' })
    const paragraphs = blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => (b.kind === 'paragraph' ? b.runs[0]!.text : ''))
    expect(paragraphs).toEqual([
      '1. Tờ trình: có — 01 Tờ trình.docx',
      '2. Báo cáo thành tích: CHƯA ĐỦ.'
    ])
  })
})
