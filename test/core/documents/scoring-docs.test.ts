import { beforeAll, describe, expect, it, vi } from 'vitest'
import validate from '@ooxml-tools/validate'
import { packDocx } from '@core/documents/pack'
import { lintDocx } from '@core/documents/docx-lint'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import type { DocumentModel, TableBlock } from '@core/documents/model'
import { buildScoreExplanationDocument } from '@core/documents/kinds/score-explanation'
import { buildScoreReportDocument } from '@core/documents/kinds/score-report'
import { buildScoreSummaryDocument } from '@core/documents/kinds/score-summary'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { sampleScoringDocuments, sampleScoringFacts } from '@core/sample/sample-scoring'
import { unitScores } from '@core/scoring/view'
import { docxParts, docxText } from '../../helpers/docx'

// The machine is shared: slow runs are not failures (speed is measured by npm run bench:scoring).
vi.setConfig({ testTimeout: 120_000 })

let n = 0
const data = buildSampleDataset('2026-01-01T00:00:00.000Z', () => `t-${++n}`)
const facts = sampleScoringFacts(data)
const docs = sampleScoringDocuments(data)
const model = (kind: string) => docs.find((d) => d.kind === kind)!.model
const unitId = (key: string) => data.memberUnits.find((u) => u.sampleKey === key)!.id
const packed = new Map<string, Uint8Array>()

beforeAll(async () => {
  for (const d of docs) packed.set(d.kind, await packDocx(d.model))
})

/** A printed figure back as hundredths: `99,5` → 9950, `-1,5` → -150, `` → 0. */
const value = (text: string) =>
  Math.round(Number(text.replace(/\./g, '').replace(',', '.') || '0') * 100)
const tables = (m: DocumentModel) =>
  m.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.kind === 'table')
const sectPrs = (xml: string) =>
  [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0])

describe.each(['score-report', 'score-summary', 'score-explanation'])('%s.docx', (kind) => {
  it('has none of the known Word repair triggers and passes the Open XML validator', async () => {
    const bytes = packed.get(kind)!
    expect(lintDocx(bytes)).toEqual([])
    const errors = await validate(bytes, 'docx', 'Office2019')
    expect(errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`)).toEqual([])
  }, 120_000)

  it('prints numbers with a comma, right-aligned, and leaves no "…" or float artefact', () => {
    const text = docxText(packed.get(kind)!)
    expect(text).not.toMatch(/…|\d\.\d{3,}\d|NaN|undefined/)
    for (const table of tables(model(kind)))
      for (const [i, column] of table.columns.entries()) {
        const numbers = table.rows.map((r) => r[i]!).filter((cell) => /^[+-]?\d+,\d$/.test(cell))
        if (numbers.length > table.rows.length / 2 && i > 0)
          expect(column.align, column.header).toBe('right')
      }
    const xml = docxParts(packed.get(kind)!)['word/document.xml']!
    expect(xml).toContain('<w:tblHeader/>')
    // A score cell: its paragraph right-aligned, its run 13 pt (the table size).
    expect(xml).toMatch(
      /<w:jc w:val="right"\/>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<\/w:pPr><w:r><w:rPr>(?:<w:b[^>]*\/><w:bCs[^>]*\/>)?<w:sz w:val="26"\/><w:szCs w:val="26"\/><\/w:rPr><w:t xml:space="preserve">\d+,\d/
    )
  })
})

describe('Bảng tổng hợp kết quả chấm điểm, xếp hạng', () => {
  const table = () => tables(model('score-summary'))[0]!
  it('is landscape, signed by NGƯỜI LẬP BIỂU on the left and the cluster on the right', () => {
    const xml = docxParts(packed.get('score-summary')!)['word/document.xml']!
    expect(sectPrs(xml)[0]).toContain('w:orient="landscape"')
    const text = docxText(packed.get('score-summary')!)
    expect(text.indexOf('NGƯỜI LẬP BIỂU')).toBeLessThan(text.indexOf('TM. CỤM THI ĐUA SỐ 1'))
    expect(text).toContain('CỤM TRƯỞNG')
    expect(text).toContain('BẢNG TỔNG HỢP')
    expect(text).toContain('Kết quả chấm điểm thi đua, xếp hạng năm 2024 của Cụm thi đua số 1')
    expect(text).toContain('(Điểm chuẩn 100 điểm; điểm cộng tối đa 5 điểm; điểm trừ tối đa 5 điểm)')
    expect(table().columns.map((c) => c.header)).toEqual([
      'STT',
      'Đơn vị',
      'Tự chấm (điểm chuẩn)',
      'Cụm chấm (điểm chuẩn)',
      'Điểm cộng',
      'Điểm trừ',
      'Tổng điểm',
      'Xếp thứ',
      'Xếp loại',
      'Ghi chú'
    ])
  })

  it('adds up on every line, ranks 1, 2, 2, 4 with the tie marked đồng hạng, and counts each band with its base', () => {
    const rows = table().rows
    for (const r of rows) expect(value(r[6]!)).toBe(value(r[3]!) + value(r[4]!) - value(r[5]!))
    expect(
      rows.map((r) => [r[1]!.replace('Ủy ban MTTQ Việt Nam quận ', ''), r[6], r[7], r[8]])
    ).toEqual([
      ['Long Biên', '105,0', '1', 'Xuất sắc'],
      ['Ba Đình', '99,5', '2\n(đồng hạng)', 'Xuất sắc'],
      ['Hai Bà Trưng', '99,5', '2\n(đồng hạng)', 'Xuất sắc'],
      ['Hoàng Mai', '94,5', '4', 'Xuất sắc'],
      ['Đống Đa', '87,0', '5', 'Vững mạnh'],
      ['Hoàn Kiếm', '78,5', '6', 'Khá']
    ])
    // Self-scored 96 and 80,5: the cut and the cluster's penalty show as a different Tự chấm.
    expect([rows[3]![2], rows[5]![2]]).toEqual(['96,0', '80,5'])
    const text = docxText(packed.get('score-summary')!)
    expect(text).toContain(
      'Tổng điểm = Cụm chấm (điểm chuẩn) + Điểm cộng − Điểm trừ (không thấp hơn 0).'
    )
    expect(text).toContain(
      'Xếp loại theo tỷ lệ tổng điểm trên 100 điểm chuẩn: Xuất sắc từ 90%; Vững mạnh từ 80%; Khá từ 65%.'
    )
    expect(text).toContain(
      'Kết quả: Xuất sắc 4/6 đơn vị (66,67%); Vững mạnh 1/6 đơn vị (16,67%); Khá 1/6 đơn vị (16,67%)./.'
    )
  })

  it('compares the self-score and the cluster’s score on the criteria alone, and each unit’s own report total can be rebuilt from its line', () => {
    const rows = table().rows
    const text = docxText(packed.get('score-summary')!)
    expect(text).toContain(
      'Ghi chú: Tự chấm (điểm chuẩn) và Cụm chấm (điểm chuẩn) là điểm các tiêu chí, chưa gồm điểm cộng, điểm trừ;'
    )
    // Long Biên claimed 5 bonus points, all accepted: no cut on its criteria, none shown.
    const longBien = rows.find((r) => r[1] === facts.year.unitNames[unitId('long-bien')])!
    expect(longBien.slice(2, 7)).toEqual(['100,0', '100,0', '5,0', '0,0', '105,0'])
    for (const r of rows) {
      const id = facts.year.memberUnitIds.find((u) => facts.year.unitNames[u] === r[1])!
      const annex = tables(buildScoreReportDocument(facts, id, DEFAULT_PROFILE))[0]!.rows
      const criteria = annex.find((a) => a[1] === 'Cộng điểm các tiêu chí')![3]!
      const reportTotal = annex.find((a) => a[1] === 'TỔNG CỘNG')![3]!
      // Tự chấm is the same figure as the criteria line of the unit's own report…
      expect(r[2], r[1]).toBe(criteria)
      // …and with the unit's own bonus and penalty (in Ghi chú when the review counted others)
      // it gives the total of that report.
      const own = (word: string, column: number) => {
        const noted = r[9]!.match(new RegExp(`Tự chấm điểm ${word} (\\d+,\\d)`))
        return value(noted ? noted[1]! : r[column]!)
      }
      expect(value(r[2]!) + own('cộng', 4) - own('trừ', 5), r[1]).toBe(value(reportTotal))
    }
    const hoanKiem = rows.find((r) => r[1] === facts.year.unitNames[unitId('hoan-kiem')])!
    expect(hoanKiem[9]).toBe('Tự chấm điểm trừ 0,0')
  })

  it('notes a capped bonus, a broken tie and a vướng mắc flag in Ghi chú', () => {
    const flagged = {
      ...facts,
      rules: { ...facts.rules, tieBreak: ['higher-base' as const], bonusCap: 200 },
      sheets: facts.sheets.map((s) =>
        s.unitId === unitId('dong-da')
          ? {
              ...s,
              flag: { kind: 'complaint' as const, note: 'Đơn thư đang được xem xét', since: '' }
            }
          : s
      )
    }
    const rows = tables(
      buildScoreSummaryDocument(flagged, DEFAULT_PROFILE, '', { preparedBy: '', signerName: '' })
    )[0]!.rows
    const note = (key: string) => rows.find((r) => r[1] === facts.year.unitNames[unitId(key)])![9]
    expect(note('long-bien')).toBe('Điểm cộng 5,0, tính tối đa 2,0')
    expect(note('hai-ba-trung')).toBe(
      'Điểm cộng 2,5, tính tối đa 2,0; Bằng điểm, xếp sau do điểm các tiêu chí (không kể điểm cộng) cao hơn'
    )
    expect(note('dong-da')).toBe(
      'Vướng mắc: có đơn thư khiếu nại, tố cáo (Đơn thư đang được xem xét)'
    )
    expect(rows.map((r) => r[7])).not.toContain('2\n(đồng hạng)')
  })
})

describe('Báo cáo kết quả thực hiện giao ước và tự chấm điểm', () => {
  it('is issued by the unit, addressed to the cụm trưởng, with its căn cứ and a self-score annex numbered from 1', () => {
    const text = docxText(packed.get('score-report')!)
    expect(text).toContain('QUẬN BA ĐÌNH')
    expect(text).toContain('BAN THƯỜNG TRỰC')
    expect(text).toContain('Số:      /BC-MTTQ-BTT')
    expect(text).toContain('Ba Đình, ngày 20 tháng 10 năm 2024')
    expect(text).toContain('Kính gửi: Cụm trưởng Cụm thi đua số 1.')
    expect(text).toContain('Căn cứ Bản giao ước thi đua năm 2024 của Cụm thi đua số 1;')
    expect(text).toContain('Căn cứ Quy chế hoạt động của Cụm thi đua số 1.')
    expect(text).toContain('I. KẾT QUẢ THỰC HIỆN GIAO ƯỚC THI ĐUA')
    expect(text).toContain('II. KẾT QUẢ TỰ CHẤM ĐIỂM')
    expect(text).toContain(
      'Tổng điểm tự chấm: 99,5 điểm, gồm điểm các tiêu chí 98,0/100 điểm, điểm cộng 2,5 điểm, điểm trừ 1,0 điểm'
    )
    expect(text).toContain(
      'Tự xếp loại: Xuất sắc (tổng điểm 99,5/100 điểm chuẩn, đạt 99,50%; mức Xuất sắc từ 90%)./.'
    )
    expect(text).toContain(
      '(Kèm theo Báo cáo ngày 20 tháng 10 năm 2024 của Ban Thường trực Ủy ban MTTQ Việt Nam quận Ba Đình)'
    )
    const sections = sectPrs(docxParts(packed.get('score-report')!)['word/document.xml']!)
    expect(sections).toHaveLength(2)
    expect(sections[1]).toContain('<w:pgNumType w:start="1"/>')
    expect(sections[1]).toContain('w:orient="portrait"')
  })

  it('adds up: groups are the sums of their criteria, the total is criteria + bonus − penalty', () => {
    const table = tables(model('score-report'))[0]!
    expect(table.columns.map((c) => c.header)).toEqual([
      'STT',
      'Nội dung tiêu chí',
      'Điểm chuẩn',
      'Điểm tự chấm',
      'Minh chứng / Ghi chú'
    ])
    const rows = table.rows
    const at = (text: string) => rows.findIndex((r) => r[1] === text)
    const groups = rows.flatMap((r, i) => (/^[IVX]+$/.test(r[0]!) ? [i] : []))
    expect(groups).toHaveLength(3)
    const subtotal = at('Cộng điểm các tiêu chí')
    for (const [k, g] of groups.entries()) {
      const end = groups[k + 1] ?? subtotal
      const children = rows.slice(g + 1, end)
      expect(value(rows[g]![3]!)).toBe(children.reduce((s, r) => s + value(r[3]!), 0))
      expect(value(rows[g]![2]!)).toBe(children.reduce((s, r) => s + value(r[2]!), 0))
      expect(table.boldRows).toContain(g)
    }
    expect(value(rows[subtotal]![3]!)).toBe(groups.reduce((s, g) => s + value(rows[g]![3]!), 0))
    const bonus = rows.findIndex((r) => r[0] === 'A')
    const penalty = rows.findIndex((r) => r[0] === 'B')
    const total = rows.findIndex((r) => r[1] === 'TỔNG CỘNG')
    expect(rows[bonus]![1]).toBe('ĐIỂM CỘNG (tối đa 5 điểm)')
    expect(rows[penalty]![1]).toBe('ĐIỂM TRỪ (tối đa 5 điểm)')
    expect(value(rows[total]![3]!)).toBe(
      value(rows[subtotal]![3]!) + value(rows[bonus]![3]!) - value(rows[penalty]![3]!)
    )
    expect(rows[total]![2]).toBe('100 + 5')
    expect(rows.find((r) => r[1].startsWith('Vận động Quỹ'))![4]).toBe(
      'Văn bản số 45/BC-MTTQ-BTT ngày 05/10/2024, tệp bao-cao-quy-vi-nguoi-ngheo.pdf, tr. 3'
    )
    const xml = docxParts(packed.get('score-report')!)['word/document.xml']!
    expect(xml).toMatch(/<w:b\/>[\s\S]{0,120}Công tác tuyên truyền, vận động Nhân dân/)
  })

  it('writes the result from the figures when the unit wrote no report text', () => {
    const text = tables(buildScoreReportDocument(facts, unitId('long-bien'), DEFAULT_PROFILE))
    expect(text[0]!.rows.at(-1)![3]).toBe('105,0')
    const body = buildScoreReportDocument(facts, unitId('long-bien'), DEFAULT_PROFILE)
      .sections[0]!.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text) : []))
      .join('\n')
    expect(body).toContain(
      'Năm 2024, đơn vị thực hiện 9 tiêu chí của Bản giao ước thi đua; 9/9 tiêu chí tự chấm đạt điểm tối đa (100,00%).'
    )
  })
})

describe('Phiếu giải trình điểm', () => {
  it('lists each changed score with its reason and the unit’s explanation, and the rows add up', () => {
    const text = docxText(packed.get('score-explanation')!)
    expect(text).toContain('PHIẾU GIẢI TRÌNH ĐIỂM THI ĐUA')
    expect(text).toContain('QUẬN HOÀNG MAI')
    const table = tables(model('score-explanation'))[0]!
    expect(table.columns.map((c) => c.header)).toEqual([
      'STT',
      'Tiêu chí',
      'Tự chấm',
      'Cụm chấm',
      'Chênh lệch',
      'Lý do',
      'Ý kiến giải trình của đơn vị'
    ])
    const [row, total] = table.rows
    expect(row).toEqual([
      '1',
      'I.3. Vận động Quỹ «Vì người nghèo» và các hoạt động an sinh xã hội',
      '15,0',
      '13,5',
      '-1,5',
      'Kết quả vận động Quỹ quý IV chưa có văn bản xác nhận',
      'Đơn vị đã bổ sung Biên bản bàn giao Quỹ ngày 20/10/2024; đề nghị Cụm xem xét lại'
    ])
    expect(total![4]).toBe('-1,5')
    const unit = unitScores(facts, unitId('hoang-mai'))
    expect(unit.effective.total - unit.self.total).toBe(value(total![4]!))
    expect(text).toContain(
      'Tổng điểm tự chấm 96,0 điểm; tổng điểm Cụm chấm 94,5 điểm; chênh lệch -1,5 điểm./.'
    )
    expect(sectPrs(docxParts(packed.get('score-explanation')!)['word/document.xml']!)[0]).toContain(
      'w:orient="landscape"'
    )
  })

  it('lists a penalty the cluster added, and exists only for units whose scores changed', () => {
    const hoanKiem = buildScoreExplanationDocument(facts, unitId('hoan-kiem'), DEFAULT_PROFILE)!
    const [row] = tables(hoanKiem)[0]!.rows
    expect(row!.slice(1, 6)).toEqual([
      'Điểm trừ 1. Điểm trừ: Nộp báo cáo chậm 02 lần (quý II, quý III)',
      'Chưa chấm',
      '2,0',
      '+2,0',
      'Cụm đề nghị'
    ])
    expect(tables(hoanKiem)[0]!.rows[1]![4]).toBe('-2,0')
    expect(buildScoreExplanationDocument(facts, unitId('long-bien'), DEFAULT_PROFILE)).toBeNull()
  })
})
