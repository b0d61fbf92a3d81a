import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import ExcelJS from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import { buildScoreSheetWorkbook, scoreSheetFileName } from '@core/scoring/xlsx/export'
import { readScoreSheetWorkbook, readScoreSheetWorkbooks } from '@core/scoring/xlsx/import'
import { columnLetters, inspectXlsx, XLSX_LIMITS } from '@core/scoring/xlsx/zip-guard'
import { ID_SHEET_NAME, SHEET_NAME } from '@core/scoring/xlsx/layout'
import { diffImportedScores } from '@core/scoring/diff'
import { corpusContext } from '../../fixtures/xlsx/context'

// The machine is shared: slow runs are not failures (speed is measured by npm run bench:scoring).
vi.setConfig({ testTimeout: 120_000 })

const corpus = join(import.meta.dirname, '..', '..', 'fixtures', 'xlsx')
const { ctx, facts, unitId, exportInput } = corpusContext()
const fixture = (name: string) => new Uint8Array(readFileSync(join(corpus, name)))

/**
 * Every workbook of the corpus and what reading it must say: the accepted one, then each refusal
 * with the words and the cell a secretary needs to act on it.
 */
const EXPECTED: Record<string, string | null> = {
  'hop-le.xlsx': null,
  'sai-nam.xlsx': 'Tệp «sai-nam.xlsx», ô A1: phiếu chấm năm 2023, không phải năm 2024.',
  'sai-cum.xlsx':
    'Tệp «sai-cum.xlsx», ô A2: phiếu của «Cụm thi đua số 2», không phải của Cụm thi đua số 1.',
  'sai-don-vi.xlsx':
    'Tệp «sai-don-vi.xlsx», ô A3: phiếu của «Ủy ban MTTQ Việt Nam quận Tây Hồ», đơn vị này không thuộc cụm năm 2024.',
  'tieu-chi-cu.xlsx':
    'Tệp «tieu-chi-cu.xlsx»: phiếu được xuất theo bảng tiêu chí trước khi sửa đổi',
  'khong-nhan-dang.xlsx': 'Tệp «khong-nhan-dang.xlsx» không phải phiếu chấm do phần mềm xuất',
  'xoa-dong.xlsx': 'Tệp «xoa-dong.xlsx», ô B9: dòng đã bị thêm, xóa, đổi chỗ hoặc sửa nội dung',
  'sua-noi-dung.xlsx':
    'Tệp «sua-noi-dung.xlsx», ô B9: dòng đã bị thêm, xóa, đổi chỗ hoặc sửa nội dung',
  'sua-diem-chuan.xlsx':
    'Tệp «sua-diem-chuan.xlsx», ô C9: điểm chuẩn đã bị sửa (phiếu gốc ghi 15).',
  'cong-thuc.xlsx':
    'Tệp «cong-thuc.xlsx», ô F8 (tiêu chí I.1 «Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà…»): ô nhập có công thức (=C8*0.9); hãy nhập giá trị.',
  'chu-trong-o-diem.xlsx':
    'ô F9 (tiêu chí I.2 «Cuộc vận động «Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn…»): «mười lăm» không phải là số điểm',
  'ngay-trong-o-diem.xlsx':
    'ô F8 (tiêu chí I.1 «Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà…»): ô điểm phải là số, không phải ngày tháng.',
  'le-buoc.xlsx':
    'ô F8 (tiêu chí I.1 «Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà…»): điểm 9,3 không đúng bước chấm 0,5 điểm.',
  'vuot-diem-chuan.xlsx':
    'ô F8 (tiêu chí I.1 «Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà…»): điểm 12 vượt điểm chuẩn 10.',
  'bom-nen.xlsx':
    'Tệp «bom-nen.xlsx» có phần «xl/media/image1.png» giải nén ra 40 MB, quá lớn (có thể là "bom nén"); không mở.',
  'bom-nen-tong.xlsx':
    'Tệp «bom-nen-tong.xlsx» giải nén ra hơn 48 MB, quá lớn (có thể là "bom nén"); không mở.',
  'bom-nen-khai-gian.xlsx':
    'Tệp «bom-nen-khai-gian.xlsx» có phần «xl/media/image1.png» giải nén ra nhiều hơn khai báo (có thể là "bom nén"); không mở.',
  'macro.xlsm': 'Tệp «macro.xlsm» là bảng tính có macro',
  'macro-doi-ten.xlsx': 'Tệp «macro-doi-ten.xlsx» có macro (VBA); phần mềm không mở.',
  'macro-excel4.xlsx': 'Tệp «macro-excel4.xlsx» có trang macro Excel 4.0; phần mềm không mở.',
  'lien-ket-ngoai.xlsx': 'Tệp «lien-ket-ngoai.xlsx» có liên kết tới tệp khác; phần mềm không mở.',
  'trang-qua-lon.xlsx':
    'Tệp «trang-qua-lon.xlsx», trang «Phiếu chấm»: có dữ liệu ở ô XFD1048576, ngoài vùng của phiếu chấm (tối đa 2.000 dòng, 40 cột); không mở.',
  'khong-phai-zip.xlsx': 'Tệp «khong-phai-zip.xlsx» không phải tệp Excel (.xlsx) hoặc đã bị hỏng.',
  'hong.xlsx': 'Tệp «hong.xlsx» không phải tệp Excel (.xlsx) hoặc đã bị hỏng.',
  'ma-hoa.xlsx': 'Tệp «ma-hoa.xlsx» được đặt mật khẩu mở tệp (mã hóa).',
  'excel-97.xls': 'Tệp «excel-97.xls» là bảng tính Excel 97–2003 (.xls) hoặc định dạng cũ.'
}

describe('the returned-workbook corpus (test/fixtures/xlsx)', () => {
  it('lists every committed workbook', () => {
    const files = readdirSync(corpus).filter((f) => !f.endsWith('.ts'))
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(Object.entries(EXPECTED))('%s', async (name, message) => {
    const result = await readScoreSheetWorkbook(name, fixture(name), ctx)
    if (message === null) {
      expect(result.ok, JSON.stringify(result)).toBe(true)
      return
    }
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues.join('\n')).toContain(message)
  })

  it('refuses hostile containers before ExcelJS reads anything', () => {
    for (const name of [
      'bom-nen.xlsx',
      'bom-nen-tong.xlsx',
      'bom-nen-khai-gian.xlsx',
      'macro-doi-ten.xlsx',
      'ma-hoa.xlsx',
      'trang-qua-lon.xlsx'
    ])
      expect(inspectXlsx(name, fixture(name)).ok, name).toBe(false)
    expect(inspectXlsx('hop-le.xlsx', fixture('hop-le.xlsx'))).toEqual({ ok: true })
  })

  it('reads what the unit filled in: scores, chỉ tiêu, kết quả, notes, evidence, bonus line, signer', async () => {
    const result = await readScoreSheetWorkbook('hop-le.xlsx', fixture('hop-le.xlsx'), ctx)
    if (!result.ok) throw new Error(result.issues.join('\n'))
    expect(result.unitId).toBe(unitId('dong-da'))
    expect(result.scores.entries.map((e) => e.selfScore)).toEqual([
      900, 1300, 1300, 900, 900, 900, 900, 800, 900
    ])
    expect(result.scores.entries[0]).toEqual({
      criterionId: facts.plan.leaves[0]!.id,
      target: 100,
      actual: 112.5,
      selfScore: 900,
      selfNote: 'Tổ chức 24 buổi tuyên truyền tại khu dân cư',
      evidence: [
        {
          documentNumber: '12/BC-MTTQ-BTT',
          documentDate: '2024-10-15',
          fileName: 'bao-cao-tuyen-truyen.pdf',
          page: '2'
        }
      ]
    })
    expect(result.scores.items).toEqual([
      {
        criterionId: facts.plan.bonus[0]!.id,
        kind: 'bonus',
        selfPoints: 250,
        reason: 'Mô hình «Ngõ phố văn minh» được Thành phố biểu dương',
        evidence: []
      }
    ])
    expect(result.scores.signerName).toBe('Chủ tịch Ủy ban MTTQ Việt Nam quận Đống Đa')
    expect(result.scores.signedOn).toBe('2024-10-20')
  })
})

describe('Xuất phiếu chấm', () => {
  it('protects the sheet, opens only the input cells, validates them and hides the identity', async () => {
    const bytes = await buildScoreSheetWorkbook(exportInput('ba-dinh'))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet(SHEET_NAME)!
    const id = workbook.getWorksheet(ID_SHEET_NAME)!
    expect(id.state).toBe('veryHidden')
    expect(sheet.getCell('A1').value).toBe('PHIẾU TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024')
    expect(sheet.getCell('A3').value).toBe('Đơn vị: Ủy ban MTTQ Việt Nam quận Ba Đình')
    expect(sheet.getCell('B8').value).toBe(facts.plan.leaves[0]!.text)
    expect(sheet.getCell('C8').value).toBe(10)
    expect(sheet.getCell('F8').protection?.locked).toBe(false)
    expect(sheet.getCell('B8').protection?.locked).not.toBe(false)
    expect(sheet.getCell('F7').value).toMatchObject({ formula: 'SUM(F8,F9,F10)' })
    expect(sheet.getCell('F8').dataValidation).toMatchObject({
      type: 'custom',
      formulae: ['AND(ISNUMBER(F8),F8>=0,F8<=10,MOD(F8*2,1)=0)']
    })
    expect(sheet.getCell('I8').dataValidation).toMatchObject({ type: 'date' })
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 })
    expect(sheet.columns.map((c) => c.width)).toEqual([6, 46, 9.5, 9.5, 9.5, 10, 30, 16, 12, 18, 7])
    expect(scoreSheetFileName(2024, 'Ủy ban MTTQ Việt Nam quận Ba Đình')).toBe(
      'Phiếu chấm điểm thi đua 2024 - Ủy ban MTTQ Việt Nam quận Ba Đình.xlsx'
    )
  })

  it('writes what is recorded into the inputs, so a sheet sent again reads back with no difference', async () => {
    const key = 'ba-dinh'
    const current = {
      entries: facts.entries.filter((e) => e.unitId === unitId(key)),
      adjustments: facts.adjustments.filter((a) => a.unitId === unitId(key))
    }
    const bytes = await buildScoreSheetWorkbook({ ...exportInput(key), current })
    const result = await readScoreSheetWorkbook('ba-dinh.xlsx', bytes, ctx)
    if (!result.ok) throw new Error(result.issues.join('\n'))
    expect(diffImportedScores(facts.plan, 1, current, result.scores)).toEqual([])
    // The cached formula results are the app's totals: 98 base, 2,5 bonus, 1 penalty.
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet(SHEET_NAME)!
    const totalRow = sheet.getColumn('B').values.findIndex((v) => v === 'TỔNG CỘNG')
    expect((sheet.getCell(`F${totalRow}`).value as { result: number }).result).toBe(99.5)
  })

  it('refuses a sheet of another unit when importing into one unit, and two sheets of the same unit in one batch', async () => {
    const bytes = fixture('hop-le.xlsx')
    const wrong = await readScoreSheetWorkbook('hop-le.xlsx', bytes, {
      ...ctx,
      expectedUnitId: unitId('ba-dinh')
    })
    expect(wrong).toEqual({
      ok: false,
      fileName: 'hop-le.xlsx',
      issues: [
        'Tệp «hop-le.xlsx», ô A3: phiếu của Ủy ban MTTQ Việt Nam quận Đống Đa, không phải của Ủy ban MTTQ Việt Nam quận Ba Đình.'
      ]
    })
    const batch = await readScoreSheetWorkbooks(
      [
        { name: 'a.xlsx', bytes },
        { name: 'b.xlsx', bytes },
        { name: 'sai-nam.xlsx', bytes: fixture('sai-nam.xlsx') }
      ],
      ctx
    )
    expect(batch.map((r) => r.ok)).toEqual([true, false, false])
    expect(batch[1]).toMatchObject({
      issues: [
        'Tệp «b.xlsx» và tệp «a.xlsx» cùng là phiếu của Ủy ban MTTQ Việt Nam quận Đống Đa; chỉ nhập một tệp.'
      ]
    })
  })

  it('collects every problem of a sheet at once, each with its cell', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(fixture('hop-le.xlsx') as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet(SHEET_NAME)!
    sheet.getCell('F8').value = 11
    sheet.getCell('D9').value = 'nhiều'
    sheet.getCell('I10').value = '31/02/2024'
    sheet.getCell('F10').value = -1
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
    const result = await readScoreSheetWorkbook('nhieu-loi.xlsx', bytes, ctx)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => i.replace(/ \(tiêu chí[^)]*\)\)?/, ''))).toEqual([
      'Tệp «nhieu-loi.xlsx», ô F8: điểm 11 vượt điểm chuẩn 10.',
      'Tệp «nhieu-loi.xlsx», ô D9: chỉ tiêu phải là số.',
      'Tệp «nhieu-loi.xlsx», ô F10: điểm không được âm.',
      'Tệp «nhieu-loi.xlsx», ô I10: ngày 31/02/2024 không có thật.'
    ])
  })
})

describe('inspectXlsx limits', () => {
  it('names the sheet and cell of data beyond the rows and columns a score sheet uses', () => {
    const sheet = (cell: string) =>
      zipSync({
        '[Content_Types].xml': strToU8('<Types/>'),
        'xl/workbook.xml': strToU8(
          '<workbook><sheets><sheet name="Trang 1" r:id="rId1"/></sheets></workbook>'
        ),
        'xl/_rels/workbook.xml.rels': strToU8(
          '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        'xl/worksheets/sheet1.xml': strToU8(
          `<worksheet><sheetData><row r="3"><c r="${cell}"><v>1</v></c></row></sheetData></worksheet>`
        )
      })
    expect(inspectXlsx('a.xlsx', sheet('AO3'))).toEqual({
      ok: false,
      message:
        'Tệp «a.xlsx», trang «Trang 1»: có dữ liệu ở ô AO3, ngoài vùng của phiếu chấm (tối đa 2.000 dòng, 40 cột); không mở.'
    })
    expect(inspectXlsx('a.xlsx', sheet('AN3'))).toEqual({ ok: true })
    expect(inspectXlsx('a.xlsx', sheet('A3'), { ...XLSX_LIMITS, maxRows: 2 }).ok).toBe(false)
    expect([1, 26, 27, 40, 16384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AN', 'XFD'])
  })

  it('refuses a file too large to be a score sheet, an empty file and a .xlsb', () => {
    expect(inspectXlsx('a.xlsx', new Uint8Array(21 * 1024 * 1024))).toMatchObject({
      ok: false,
      message: 'Tệp «a.xlsx» quá lớn (21 MB); phiếu chấm chỉ vài trăm KB.'
    })
    expect(inspectXlsx('a.xlsx', new Uint8Array(0)).ok).toBe(false)
    expect(inspectXlsx('a.xlsb', fixture('hop-le.xlsx')).ok).toBe(false)
    expect(inspectXlsx('a.csv', fixture('hop-le.xlsx'))).toEqual({
      ok: false,
      message: 'Tệp «a.csv» không phải tệp Excel (.xlsx). Hãy chọn phiếu chấm đơn vị gửi lại.'
    })
  })
})
