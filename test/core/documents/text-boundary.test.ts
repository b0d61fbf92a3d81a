import { describe, expect, it } from 'vitest'
import validate from '@ooxml-tools/validate'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { lintDocx } from '@core/documents/docx-lint'
import { cleanModel } from '@core/documents/clean-model'
import { packDocx } from '@core/documents/pack'
import { buildCompositionDocument } from '@core/documents/kinds/composition'
import { buildPactDocument } from '@core/documents/kinds/pact'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import { paragraph, type DocumentModel } from '@core/documents/model'
import { renderHtml } from '@core/documents/render-html'
import { samplePactFacts } from '@core/sample/sample-document-models'
import { docxParts, docxText } from '../../helpers/docx'
import { sample, sampleCluster, sampleNotice } from '../../helpers/sample-docs'

/** Rewrites one part of a .docx, as a file damaged or made by another program would hold it. */
function withPart(docx: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(docx)
  parts[name] = strToU8(edit(strFromU8(parts[name]!)))
  return zipSync(parts)
}

const validatorErrors = async (bytes: Uint8Array) =>
  (await validate(bytes, 'docx', 'Office2019')).map((e) => e.description)

describe('the document boundary cleans every text', () => {
  // U+FFFE, U+FFFF and a lone surrogate pass a form that only trims; a NUL and a zero-width space
  // come with pasted text; the name is typed in decomposed form (Windows' composite input).
  const dirty = 'Kết quả\uFFFE hội nghị\uFFFF năm\uD800 2024\u0000 của Cụm\u200B'
  const notice = buildCompositionDocument(
    sampleCluster,
    {
      ...sampleNotice,
      summary: dirty,
      body: `Nguye\u0302\u0303n Văn A\uFFFE phát biểu.\n${sampleNotice.body}`,
      recipients: ['Các đơn vị\uFFFF trong Cụm', 'Lưu: VT']
    },
    { number: 5, typeCode: 'TB' },
    DEFAULT_PROFILE
  )

  it(
    'a Thông báo holding U+FFFE, U+FFFF and a lone surrogate exports a file the validator and the lint accept',
    { timeout: 60_000 },
    async () => {
      const bytes = await packDocx(notice)
      expect(lintDocx(bytes)).toEqual([])
      expect(await validatorErrors(bytes)).toEqual([])
      const text = docxText(bytes)
      expect(text).toContain('Kết quả hội nghị năm 2024 của Cụm')
      expect(text).toContain('Nguyễn Văn A phát biểu.')
      expect(text).toContain('- Các đơn vị trong Cụm;')
    }
  )

  it('cleans the preview the same way', () => {
    const { html } = renderHtml(notice)
    for (const bad of ['\uFFFE', '\uFFFF', '\u0000', '\u200B']) expect(html).not.toContain(bad)
    expect(html.replace(/\u00a0/g, ' ')).toContain('Kết quả hội nghị năm 2024 của Cụm')
  })

  it('cleans names restored from a backup that reach a pact through the year’s unit names', async () => {
    const facts = samplePactFacts(sample)
    const [first] = facts.year.memberUnitIds
    const year = {
      ...facts.year,
      unitNames: {
        ...facts.year.unitNames,
        [first!]: 'Ủy ban MTTQ Việt Nam qua\u0323\u0302n Đo\u0302\u0301ng Đa\uFFFF'
      }
    }
    const bytes = await packDocx(buildPactDocument({ ...facts, year }, DEFAULT_PROFILE))
    expect(lintDocx(bytes)).toEqual([])
    expect(docxText(bytes)).toContain('QUẬN ĐỐNG ĐA')
    const xml = docxParts(bytes)['word/document.xml']!
    for (const bad of ['\uFFFF', '\u0302', '\u0323']) expect(xml).not.toContain(bad)
  })

  it('turns a line break inside a paragraph into separate paragraphs, never a break inside a run', async () => {
    const model: DocumentModel = {
      title: 'Thử',
      profile: DEFAULT_PROFILE,
      sections: [
        {
          orientation: 'portrait',
          restartNumbering: false,
          blocks: [
            {
              kind: 'paragraph',
              role: 'body',
              label: '1.',
              runs: [{ text: 'Dẫn: ', bold: true }, { text: 'dòng một\ndòng hai\r\n\ndòng ba' }]
            },
            paragraph('body', 'Đoạn sau')
          ]
        }
      ]
    }
    const blocks = cleanModel(model).sections[0]!.blocks
    expect(
      blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''))
    ).toEqual(['Dẫn: dòng một', 'dòng hai', 'dòng ba', 'Đoạn sau'])
    expect(blocks[0]).toMatchObject({ label: '1.', runs: [{ bold: true }, {}] })
    const bytes = await packDocx(model)
    expect(lintDocx(bytes)).toEqual([])
  })
})

describe('lintDocx catches what makes the validator or LibreOffice refuse a file', () => {
  const clean = () =>
    packDocx(buildCompositionDocument(sampleCluster, sampleNotice, null, DEFAULT_PROFILE))

  it(
    'flags a raw part holding U+FFFF, as the Open XML validator does',
    { timeout: 60_000 },
    async () => {
      const broken = withPart(await clean(), 'word/document.xml', (xml) =>
        xml.replace('THÔNG BÁO', 'THÔNG\uFFFF BÁO')
      )
      expect(lintDocx(broken)).toContain('word/document.xml: character forbidden in XML')
      expect(await validatorErrors(broken).catch((e: unknown) => [String(e)])).not.toEqual([])
    }
  )

  it('flags U+FFFE and a C0 control, raw or as a character reference', async () => {
    for (const bad of ['\uFFFE', '\u0001', '&#xFFFE;', '&#65535;', '&#x1;', '&#xD800;']) {
      const broken = withPart(await clean(), 'word/document.xml', (xml) =>
        xml.replace('THÔNG BÁO', `THÔNG${bad}BÁO`)
      )
      expect(lintDocx(broken).join(), bad).toMatch(/forbidden in XML/)
    }
  })

  it('accepts legal character references', async () => {
    const fine = withPart(await clean(), 'word/document.xml', (xml) =>
      xml.replace('THÔNG BÁO', 'THÔNG&#xE9;&#233;&#x9;&#57344;BÁO')
    )
    expect(lintDocx(fine)).toEqual([])
  })

  it('flags a lone surrogate written as bytes (not valid UTF-8)', async () => {
    const parts = unzipSync(await clean())
    const xml = parts['word/document.xml']!
    const at = strFromU8(xml).indexOf('THÔNG')
    const prefix = strToU8(strFromU8(xml).slice(0, at))
    parts['word/document.xml'] = new Uint8Array([
      ...prefix,
      0xed,
      0xa0,
      0x80,
      ...xml.slice(prefix.length)
    ])
    expect(lintDocx(zipSync(parts))).toContain(
      'word/document.xml: not valid UTF-8 (an encoded lone surrogate or a stray byte)'
    )
  })

  it('flags text the cleaner would have removed (a zero-width space, a bidi override)', async () => {
    const broken = withPart(await clean(), 'word/document.xml', (xml) =>
      xml.replace('THÔNG BÁO', 'THÔNG\u200BBÁO\u202E')
    )
    expect(lintDocx(broken)).toContain(
      'word/document.xml: text holding characters the cleaner removes'
    )
  })

  it('flags a line spacing without its rule, which LibreOffice reads as exactly 12 pt', async () => {
    const broken = withPart(await clean(), 'word/styles.xml', (xml) =>
      xml.replace(/<w:spacing [^>]*\/>/, '<w:spacing w:after="0" w:line="240"/>')
    )
    expect(lintDocx(broken)).toContain('word/styles.xml: line spacing without its rule')
  })
})
