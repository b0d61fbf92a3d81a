import { beforeAll, describe, expect, it } from 'vitest'
import { buildRegisterDocument } from '@core/documents/kinds/register'
import { buildRotationPlanDocument } from '@core/documents/kinds/rotation-plan'
import { packDocx } from '@core/documents/pack'
import { lintDocx } from '@core/documents/docx-lint'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import { documentRecordSchema, type DocumentRecord } from '@core/model/entities'
import { planRotation } from '@core/rules/rotation'
import {
  docxText,
  hasPoppler,
  hasSoffice,
  pdfFonts,
  pdfText,
  pdfWords,
  PT_PER_MM,
  renderWithLibreOffice,
  type PdfPage
} from '../../helpers/docx'
import { sample, sampleCluster } from '../../helpers/sample-docs'

const ts = '2024-12-31T02:00:00.000Z'
const TYPES = ['BB', 'TB', 'KH', 'GM'] as const
const entry = (i: number, over: Partial<DocumentRecord> = {}): DocumentRecord => {
  const typeCode = TYPES[i % TYPES.length]!
  const number = Math.floor(i / TYPES.length) + 1
  return documentRecordSchema.parse({
    id: `d${i}`,
    createdAt: ts,
    updatedAt: ts,
    clusterId: sampleCluster.id,
    year: 2024,
    typeCode,
    number,
    symbol: `${number < 10 ? '0' : ''}${number}/${typeCode}-CTĐ1`,
    issuedOn: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
    title: `Văn bản thứ ${i + 1} của Cụm thi đua số 1 về công tác thi đua, khen thưởng`,
    signer: i % 3 === 0 ? 'Vũ Thị Thành' : '',
    recipients: 'Các đơn vị trong Cụm',
    copies: 2,
    ...over
  })
}
const entries = [
  ...Array.from({ length: 30 }, (_, i) => entry(i)),
  entry(30, {
    status: 'voided',
    voidReason: 'Cấp nhầm cho bản nháp',
    voidedAt: ts
  })
]
const register = buildRegisterDocument(sampleCluster, entries, { year: 2024 }, DEFAULT_PROFILE)
const rotation = (() => {
  const rows = planRotation(
    {
      rotationOrder: sampleCluster.rotationOrder,
      units: sample.memberUnits,
      years: sample.clusterYears
    },
    2025
  )
  const name = (id: string) => sample.memberUnits.find((u) => u.id === id)?.name ?? id
  return buildRotationPlanDocument(
    sampleCluster,
    rows.map((r) => ({ ...r, leaderName: name(r.leaderUnitId), deputyName: name(r.deputyUnitId) })),
    sampleCluster.rotationOrder.map(name),
    DEFAULT_PROFILE
  )
})()

describe('the Sổ đăng ký văn bản đi (ND30 Phụ lục IV)', () => {
  it('has the cover of the book, the ten columns in order, every number and the reason of a voided one', async () => {
    const bytes = await packDocx(register)
    expect(lintDocx(bytes)).toEqual([])
    const text = docxText(bytes)
    for (const line of [
      'CỤM THI ĐUA SỐ 1',
      'SỔ ĐĂNG KÝ VĂN BẢN ĐI',
      'Năm 2024',
      'Từ ngày 01/01/2024 đến ngày 24/12/2024',
      'Từ số 01 đến số 08',
      'Quyển số: 01'
    ])
      expect(text).toContain(line)
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    const table = register.sections[0]!.blocks.find((b) => b.kind === 'table')!
    expect(table.kind === 'table' && table.columns.map((c) => c.header)).toEqual([
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung văn bản',
      'Người ký',
      'Nơi nhận văn bản',
      'Đơn vị, người nhận bản lưu',
      'Số lượng bản',
      'Ngày chuyển',
      'Ký nhận',
      'Ghi chú'
    ])
    // per-type series: BB 01…08 first, then GM, KH, TB
    expect(table.kind === 'table' && table.rows.slice(1, 3).map((r) => r[0])).toEqual([
      '01/BB-CTĐ1',
      '02/BB-CTĐ1'
    ])
    expect(text).toContain('Số đã hủy ngày 31/12/2024: Cấp nhầm cho bản nháp')
    const byType = buildRegisterDocument(
      sampleCluster,
      entries,
      { year: 2024, typeCode: 'TB' },
      DEFAULT_PROFILE
    )
    expect(byType.title).toBe('Sổ đăng ký văn bản đi năm 2024 (Thông báo)')
  })

  it('of an empty year says so, with the dates left to write', () => {
    const empty = buildRegisterDocument(sampleCluster, entries, { year: 2030 }, DEFAULT_PROFILE)
    const table = empty.sections[0]!.blocks.find((b) => b.kind === 'table')!
    expect(table.kind === 'table' && table.rows[1]![2]).toBe('Chưa có văn bản nào.')
  })
})

describe('the rotation plan document', () => {
  it('lists five years with the recorded and proposed pairs, and the order it follows', async () => {
    const text = docxText(await packDocx(rotation))
    expect(text).toContain('DỰ KIẾN LUÂN PHIÊN CỤM TRƯỞNG, CỤM PHÓ')
    expect(text).toContain('Giai đoạn 2025 - 2029')
    expect(text).toContain(
      'Thứ tự luân phiên của Cụm thi đua số 1: 1. Ủy ban MTTQ Việt Nam quận Đống Đa;'
    )
    expect(text).not.toMatch(/Số:/)
  })
})

const p = DEFAULT_PROFILE
const margin = {
  top: p.marginTopMm * PT_PER_MM,
  bottom: p.marginBottomMm * PT_PER_MM,
  left: p.marginLeftMm * PT_PER_MM,
  right: p.marginRightMm * PT_PER_MM
}
const TOL = 2
const pdfs = new Map<string, string>()

beforeAll(() => {
  if (!hasSoffice || !hasPoppler) return
  return (async () => {
    const out = renderWithLibreOffice([
      { name: 'so-dang-ky.docx', bytes: await packDocx(register) },
      { name: 'luan-phien.docx', bytes: await packDocx(rotation) }
    ])
    pdfs.set('register', out[0]!)
    pdfs.set('rotation', out[1]!)
  })()
}, 120_000)

describe.skipIf(!hasSoffice || !hasPoppler)('rendered by LibreOffice', () => {
  const inTopMargin = (page: PdfPage) => page.words.filter((w) => w.yMax < margin.top + TOL)

  it('the register is landscape A4, inside the margins, numbered from page 2, in Times-metric fonts', () => {
    const pages = pdfWords(pdfs.get('register')!)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    for (const [index, page] of pages.entries()) {
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595])
      for (const word of page.words) {
        const where = `page ${index + 1} "${word.text}"`
        expect(word.xMin, where).toBeGreaterThanOrEqual(margin.left - TOL)
        expect(word.xMax, where).toBeLessThanOrEqual(page.width - margin.right + TOL)
        expect(word.yMax, where).toBeLessThanOrEqual(page.height - margin.bottom + TOL)
      }
    }
    expect(inTopMargin(pages[0]!)).toEqual([])
    expect(inTopMargin(pages[1]!).map((w) => w.text)).toEqual(['2'])
    expect(inTopMargin(pages[2]!).map((w) => w.text)).toEqual(['3'])
    for (const font of pdfFonts(pdfs.get('register')!)) expect(font).toMatch(/^LiberationSerif/)
    const text = pdfText(pdfs.get('register')!)
    expect(text).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI')
    expect(text).toContain('08/TB-CTĐ1')
  })

  it('the rotation plan has the one-line Quốc hiệu and fits its page', () => {
    const [first] = pdfWords(pdfs.get('rotation')!)
    const title = first!.words.filter((w) =>
      ['CỘNG', 'HÒA', 'XÃ', 'HỘI', 'CHỦ', 'NGHĨA', 'VIỆT', 'NAM'].includes(w.text)
    )
    expect(new Set(title.slice(0, 8).map((w) => Math.round(w.yMin))).size).toBe(1)
    expect([Math.round(first!.width), Math.round(first!.height)]).toEqual([595, 842])
    for (const font of pdfFonts(pdfs.get('rotation')!)) expect(font).toMatch(/^LiberationSerif/)
  })
})
