import { NATIONAL_TITLE } from '@core/documents/wording'
import { describe, expect, it, beforeAll } from 'vitest'
import validate from '@ooxml-tools/validate'
import { packDocx, removeRepairTriggers } from '@core/documents/pack'
import { lintDocx } from '@core/documents/docx-lint'
import { headerColumnsMm } from '@core/documents/geometry'
import { DEFAULT_PROFILE, mmToTwip } from '@core/documents/profile'
import { docxParts, docxText } from '../../helpers/docx'
import { allDocumentKinds, bigPact, longDocument, longMinutes } from '../../helpers/sample-docs'

const kinds = [
  ...allDocumentKinds(),
  { name: 'dai-nhieu-trang', model: longDocument() },
  { name: 'bien-ban-dai', model: longMinutes() },
  { name: 'giao-uoc-12-don-vi', model: bigPact() }
]
const packed = new Map<string, Uint8Array>()

beforeAll(async () => {
  for (const { name, model } of kinds) packed.set(name, await packDocx(model))
})

const sectPrs = (xml: string) =>
  [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0])

describe.each(kinds.map((k) => k.name))('%s.docx', (name) => {
  const parts = () => docxParts(packed.get(name)!)

  it('is A4 with the ND30 margins (20/20/30/15 mm) and no number on page 1', () => {
    const first = sectPrs(parts()['word/document.xml']!)[0]!
    const landscape =
      kinds.find((k) => k.name === name)!.model.sections[0]!.orientation === 'landscape'
    expect(first).toContain(
      landscape
        ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        : '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>'
    )
    const margins =
      /<w:pgMar w:top="1134" w:right="850" w:bottom="(\d+)" w:left="1701" w:header="567" w:footer="567"/.exec(
        first
      )
    expect(margins).not.toBeNull()
    // 20 mm, made up to 15 twips longer so that the text area is a whole number of pixels
    // (Chromium prints it so, and the print then breaks its pages where the file does).
    const bottom = Number(margins![1])
    expect(bottom).toBeGreaterThanOrEqual(1134)
    expect(bottom).toBeLessThan(1134 + 15)
    expect(((landscape ? 11906 : 16838) - 1134 - bottom) % 15).toBe(0)
    expect(first).toContain('<w:titlePg/>')
    expect(first).toMatch(/<w:headerReference w:type="first"/)
    expect(first).toMatch(/<w:headerReference w:type="default"/)
  })

  it('uses Times New Roman in all four font slots, 14 pt body, Vietnamese language', () => {
    const styles = parts()['word/styles.xml']!
    expect(styles).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>'
    )
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="28"\/>[\s\S]*<\/w:docDefaults>/)
    expect(styles).toMatch(/<w:lang w:val="vi-VN"/)
  })

  it('numbers pages from 2 with a cached PAGE field, centred, 14 pt', () => {
    const p = parts()
    const headers = Object.keys(p).filter((k) => /^word\/header\d+\.xml$/.test(k))
    const withPage = headers.filter((h) => p[h]!.includes('w:instr="PAGE"'))
    expect(withPage.length).toBeGreaterThanOrEqual(1)
    for (const h of withPage)
      expect(p[h]).toMatch(
        /<w:fldSimple w:instr="PAGE"><w:r><w:t[^>]*>1<\/w:t><\/w:r><\/w:fldSimple>/
      )
    expect(p['word/styles.xml']).toMatch(
      /w:styleId="PageNumber"[\s\S]*?<w:jc w:val="center"\/>[\s\S]*?<w:sz w:val="28"\/>/
    )
  })

  it('puts the national heading and motto in a borderless two-column header (62/103 mm, wider on the right for a long date line)', () => {
    const doc = parts()['word/document.xml']!
    const firstTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0]
    const model = kinds.find((k) => k.name === name)!.model
    const header = model.sections[0]!.blocks[0]!
    // A register book (sổ) opens with its cover, not with the header of a document.
    if (header.kind !== 'header') return expect(doc).not.toContain(NATIONAL_TITLE)
    const cols = headerColumnsMm(
      model.profile,
      model.sections[0]!.orientation,
      header.kind === 'header' ? header.placeDateLine : null
    )
    expect(firstTable).toContain(
      `<w:gridCol w:w="${mmToTwip(cols.left)}"/><w:gridCol w:w="${mmToTwip(cols.right)}"/>`
    )
    if (model.profile === DEFAULT_PROFILE && !name.includes('long')) {
      const landscape = model.sections[0]!.orientation === 'landscape'
      expect(cols).toEqual(landscape ? { left: 94.7, right: 157.3 } : { left: 62, right: 103 })
    }
    expect(firstTable).toMatch(/<w:tblBorders><w:top w:val="none"/)
    expect(firstTable).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(firstTable).toContain('Độc lập - Tự do - Hạnh phúc')
  })

  it('gives every paragraph its line spacing with the rule, so Word and LibreOffice agree', () => {
    const p = parts()
    for (const part of Object.keys(p).filter((k) =>
      /^word\/(document|styles|header\d+)\.xml$/.test(k)
    )) {
      for (const spacing of p[part]!.matchAll(/<w:spacing\b[^>]*>/g))
        if (/w:line="/.test(spacing[0]))
          expect(spacing[0], part).toMatch(/w:lineRule="(auto|exact)"/)
    }
    const paragraphs = [...p['word/document.xml']!.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
    expect(paragraphs.length).toBeGreaterThan(10)
    for (const [paragraph] of paragraphs)
      expect(paragraph).toMatch(/<w:spacing [^>]*w:line="\d+" w:lineRule="(auto|exact)"/)
  })

  it('has none of the known Word repair triggers', () => {
    expect(lintDocx(packed.get(name)!)).toEqual([])
  })

  // The validator is a WASM module: its first run loads it, slowly on a busy machine.
  it('passes the Open XML SDK validator with no error', { timeout: 60_000 }, async () => {
    const errors = await validate(packed.get(name)!, 'docx', 'Office2019')
    expect(errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`)).toEqual([])
  })
})

describe('document content', () => {
  it('writes the notice number, date line and numbered, closed body', () => {
    const text = docxText(packed.get('notice')!)
    expect(text).toContain('Số: 05/TB-CTĐ1')
    expect(text).toContain('Hà Nội, ngày 04 tháng 3 năm 2024')
    expect(text).toContain('THÔNG BÁO')
    expect(text).toMatch(/tổ chức thực hiện\.\/\./)
    expect(text).toContain('Nơi nhận:')
    expect(text).toContain('- Lưu: VT.')
    expect(text).toContain('TM. CỤM THI ĐUA SỐ 1')
  })

  it('numbers the plan I., 1., a) and puts its schedule in an annex with its own page numbers', () => {
    const p = docxParts(packed.get('plan')!)
    const text = docxText(packed.get('plan')!)
    expect(text).toContain('I. MỤC ĐÍCH, YÊU CẦU')
    expect(text).toContain('1. Mục đích')
    expect(text).toContain('a) Mỗi đơn vị giới thiệu ít nhất một mô hình tiêu biểu;')
    expect(text).toContain('III. TỔ CHỨC THỰC HIỆN')
    expect(text).toContain(
      '(Kèm theo Kế hoạch số 06/KH-CTĐ1 ngày 20 tháng 02 năm 2024 của Cụm thi đua số 1)'
    )
    const sections = sectPrs(p['word/document.xml']!)
    expect(sections).toHaveLength(2)
    expect(sections[1]).toContain('<w:pgNumType w:start="1"/>')
    expect(p['word/document.xml']).toContain('<w:tblHeader/>')
  })

  it('turns the long document annex landscape and keeps signature rows whole', () => {
    const p = docxParts(packed.get('dai-nhieu-trang')!)
    const sections = sectPrs(p['word/document.xml']!)
    expect(sections.at(-1)).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
    expect(p['word/document.xml']).toContain('<w:cantSplit/>')
  })
})

describe('removeRepairTriggers', () => {
  it('adds webSettings and removes &apos; without touching other text', async () => {
    const { Document, Packer, Paragraph, TextRun } = await import('docx')
    const raw = new Uint8Array(
      await Packer.toArrayBuffer(
        new Document({
          sections: [
            { children: [new Paragraph({ children: [new TextRun("Nhà văn hóa 'Ba Đình'")] })] }
          ]
        })
      )
    )
    expect(lintDocx(raw)).toEqual(
      expect.arrayContaining([
        'missing part word/webSettings.xml',
        'word/document.xml: &apos; entity'
      ])
    )
    const fixed = removeRepairTriggers(raw)
    expect(lintDocx(fixed)).toEqual([])
    expect(docxText(fixed)).toContain("Nhà văn hóa 'Ba Đình'")
  })
})
