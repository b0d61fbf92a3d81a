import { describe, expect, it } from 'vitest'
import { closeWithFullStop, outlineToParagraphs } from '@core/documents/outline'
import { renderHtml } from '@core/documents/render-html'
import { DEFAULT_PROFILE, formatProfileSchema, textWidthMm } from '@core/documents/profile'
import { documentSymbol, numberLine } from '@core/documents/kinds/common'
import { documentFileName } from '@core/documents/file-name'
import { buildCompositionDocument } from '@core/documents/kinds/composition'
import { parseOrThrow, ValidationError } from '@core/model/validation'
import { sampleCluster, sampleNotice } from '../../helpers/sample-docs'

const texts = (text: string) =>
  outlineToParagraphs(text).map(
    (p) => `${p.label ? p.label + ' ' : ''}${p.runs.map((r) => r.text).join('')}`
  )

describe('outline numbering (report style)', () => {
  it('numbers I., 1., a) and restarts under each higher heading', () => {
    expect(
      texts(
        '# mục đích\n## Một\n### x\n### y\n## Hai\n# tổ chức\n## Ba\n- gạch\n+ cộng\nĐoạn thường'
      )
    ).toEqual([
      'I. MỤC ĐÍCH',
      '1. Một',
      'a) x',
      'b) y',
      '2. Hai',
      'II. TỔ CHỨC',
      '1. Ba',
      '- gạch',
      '+ cộng',
      'Đoạn thường'
    ])
  })

  it('ignores blank lines, normalises NFD and closes the last paragraph with ./.', () => {
    const out = closeWithFullStop(outlineToParagraphs('\n\nNô\u0323i dung;\n\n'))
    expect(out.map((p) => p.runs[0]!.text)).toEqual(['Nội dung./.'])
    expect(closeWithFullStop(out)).toEqual(out)
  })

  it('makes level-1 and level-2 headings bold and kept with the next paragraph', () => {
    const [h1, h2, body] = outlineToParagraphs('# A\n## B\nC')
    expect(h1).toMatchObject({ role: 'heading', keepWithNext: true, runs: [{ bold: true }] })
    expect(h2).toMatchObject({ role: 'heading', keepWithNext: true })
    expect(body).toMatchObject({ role: 'body' })
  })
})

describe('numbers and file names', () => {
  it('pads numbers below 10 and joins with / and - without spaces', () => {
    expect(documentSymbol(5, 'BB', 'CTĐ1')).toBe('05/BB-CTĐ1')
    expect(documentSymbol(12, 'TB', 'CTĐ1')).toBe('12/TB-CTĐ1')
    expect(documentSymbol(249, '', 'MTTQ-BTT')).toBe('249/MTTQ-BTT')
    expect(numberLine(null, 'KH', 'CTĐ1')).toBe('Số:      /KH-CTĐ1')
  })

  it('names exported files in Vietnamese, safely', () => {
    expect(documentFileName('Thông báo', '05/TB-CTĐ1', 'Kết quả: hội nghị?')).toBe(
      'Thông báo 05-TB-CTĐ1 Kết quả hội nghị.docx'
    )
    expect(documentFileName('Kế hoạch', null, 'Năm 2026')).toBe(
      'Kế hoạch chưa cấp số Năm 2026.docx'
    )
  })
})

describe('format profile', () => {
  it('defaults to ND30: A4 text width 165 mm, 14 pt body, CHỦ TRÌ', () => {
    expect(textWidthMm(DEFAULT_PROFILE)).toBe(165)
    expect(textWidthMm(DEFAULT_PROFILE, 'landscape')).toBe(252)
    expect(DEFAULT_PROFILE).toMatchObject({
      bodyPt: 14,
      nationalTitlePt: 12,
      mottoPt: 13,
      chairLabel: 'CHỦ TRÌ'
    })
  })

  it('refuses values outside the legal ranges, naming them', () => {
    try {
      parseOrThrow(formatProfileSchema, { marginLeftMm: 25, bodyPt: 16, lineSpacing: Number.NaN })
      throw new Error('expected refusal')
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.message)).toEqual([
        'Lề trái: tối thiểu 30 mm.',
        'Cỡ chữ nội dung: tối đa 14 pt.',
        'Giãn dòng: phải là số.'
      ])
    }
  })
})

describe('HTML preview', () => {
  const model = buildCompositionDocument(
    sampleCluster,
    { ...sampleNotice, summary: 'Thử <script>alert(1)</script> & "trích"' },
    null,
    DEFAULT_PROFILE
  )
  const { css, html } = renderHtml(model)

  it('escapes every text', () => {
    expect(html).not.toContain('<script>')
    expect(html).toContain('Thử &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích&quot;')
  })

  it('prints on A4 with the profile margins, each section on its named page, numbers from page 2', () => {
    // The bottom margin a hair over 20 mm: a text area of a whole 971 px, as in the Word file.
    const page =
      /@page ctd-s0 \{ size: A4 portrait; margin: 20mm 15mm ([\d.]+)px 30mm; counter-increment: ctd-n0;/.exec(
        css
      )
    expect(page).not.toBeNull()
    const bottomMm = (Number(page![1]) / 96) * 25.4
    expect(bottomMm).toBeGreaterThanOrEqual(20)
    expect(bottomMm).toBeLessThan(20.27)
    expect(297 - 20 - bottomMm).toBeCloseTo((971 / 96) * 25.4, 2)
    expect(css).toContain('@top-center { content: counter(ctd-n0, ctd-page);')
    // The counter style leaves 1 blank: no number on the first page.
    expect(css).toContain('@counter-style ctd-page { system: extends decimal; range: 2 infinite;')
    expect(html).toContain('style="page: ctd-s0"')
  })

  it('shows the same words as the Word file: national heading, number line, signer', () => {
    const text = html.replace(/\u00a0/g, ' ')
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('Số:      /TB-CTĐ1')
    expect(text).toContain('TM. CỤM THI ĐUA SỐ 1')
    expect(text).toContain('Hà Nội, ngày 04 tháng 3 năm 2024')
  })
})

describe('legal-style numbering', () => {
  it('writes Chương I, Điều 1. running across chapters, khoản 1. and điểm a) restarting', async () => {
    const { legalOutlineToParagraphs } = await import('@core/documents/outline')
    const out = legalOutlineToParagraphs(
      '# Quy định chung\n## Phạm vi\n### Khoản một\n- điểm\n- điểm\n### Khoản hai\n- điểm\n# Tổ chức\n## Cụm trưởng\n### Khoản'
    ).map((p) => `${p.label ? p.label + ' ' : ''}${p.runs[0]!.text}`)
    expect(out).toEqual([
      'Chương I',
      'QUY ĐỊNH CHUNG',
      'Điều 1. Phạm vi',
      '1. Khoản một',
      'a) điểm',
      'b) điểm',
      '2. Khoản hai',
      'a) điểm',
      'Chương II',
      'TỔ CHỨC',
      'Điều 2. Cụm trưởng',
      '1. Khoản'
    ])
  })
})

describe('issued by the leading unit (pattern B)', () => {
  it('uses the unit’s header, BAN THƯỜNG TRỰC, a number left for its own register, its place and signer', async () => {
    const { sample } = await import('../../helpers/sample-docs')
    const leader = sample.memberUnits.find((u) => u.shortName === 'Long Biên')!
    const model = buildCompositionDocument(
      sampleCluster,
      { ...sampleNotice, issuer: 'leader' },
      { number: 9, typeCode: 'TB' },
      DEFAULT_PROFILE,
      leader
    )
    const header = model.sections[0]!.blocks[0]!
    expect(header).toMatchObject({
      kind: 'header',
      parentLines: ['ỦY BAN MTTQ VIỆT NAM', 'QUẬN LONG BIÊN'],
      issuerLines: ['BAN THƯỜNG TRỰC'],
      numberLine: 'Số:      /TB-MTTQ-BTT',
      placeDateLine: 'Long Biên, ngày 04 tháng 3 năm 2024'
    })
    const signature = model.sections[0]!.blocks.at(-1)!
    expect(signature).toMatchObject({
      kind: 'signature',
      signers: [{ titleLines: ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'] }]
    })
  })
})

describe('a numbered notice left to be dated by hand', () => {
  const placeDate = (issuedOn?: string) => {
    const model = buildCompositionDocument(
      sampleCluster,
      { ...sampleNotice, year: 2025, issuedOn: '' },
      issuedOn === undefined ? null : { number: 1, typeCode: 'TB', issuedOn },
      DEFAULT_PROFILE
    )
    return (model.sections[0]!.blocks[0] as { placeDateLine: string }).placeDateLine
  }

  it('prints the year of its number, as the register files it, not the year it is about', () => {
    // Numbered on 01/12/2026 for the 2025 results: the register files it under 2026.
    expect(placeDate('2026-12-01')).toMatch(/ngày {5}tháng {5}năm 2026$/)
  })

  it('prints the year it is about while it is a draft without a number', () => {
    expect(placeDate()).toMatch(/ngày {5}tháng {5}năm 2025$/)
  })
})
