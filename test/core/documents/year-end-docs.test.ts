import { beforeAll, describe, expect, it, vi } from 'vitest'
import validate from '@ooxml-tools/validate'
import { packDocx } from '@core/documents/pack'
import { renderHtml } from '@core/documents/render-html'
import { lintDocx } from '@core/documents/docx-lint'
import type { DocumentModel, TableBlock } from '@core/documents/model'
import { buildBallotTallyDocument, checkBallotRecord } from '@core/documents/kinds/ballot-tally'
import { awardNames } from '@core/documents/kinds/year-end-common'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { sampleYearEnd, sampleYearEndDocuments } from '@core/sample/sample-ballot'
import { docxParts, docxText } from '../../helpers/docx'

// The machine is shared: slow runs are not failures.
vi.setConfig({ testTimeout: 120_000 })

let n = 0
const data = buildSampleDataset('2026-01-01T00:00:00.000Z', () => `t-${++n}`)
const docs = sampleYearEndDocuments(data)
const model = (kind: string) => docs.find((d) => d.kind === kind)!.model
const packed = new Map<string, Uint8Array>()
const text = (kind: string) => docxText(packed.get(kind)!)
const xml = (kind: string) => docxParts(packed.get(kind)!)['word/document.xml']!

beforeAll(async () => {
  for (const d of docs) packed.set(d.kind, await packDocx(d.model))
})

const tables = (m: DocumentModel) =>
  m.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.kind === 'table')
const sectPrs = (x: string) => [...x.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0])

describe.each(docs.map((d) => d.kind))('%s.docx', (kind) => {
  it('has none of the known Word repair triggers and passes the Open XML validator', async () => {
    const bytes = packed.get(kind)!
    expect(lintDocx(bytes)).toEqual([])
    const errors = await validate(bytes, 'docx', 'Office2019')
    expect(errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`)).toEqual([])
  })

  it('is A4 portrait with the ND30 margins, no number on the first page, and no "…" or float artefact', () => {
    for (const s of sectPrs(xml(kind))) {
      expect(s).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
      // 20 mm at the bottom, made up by less than 15 twips so the print breaks pages where Word does.
      const bottom = Number(
        /<w:pgMar w:top="1134" w:right="850" w:bottom="(\d+)" w:left="1701"/.exec(s)?.[1]
      )
      expect(bottom).toBeGreaterThanOrEqual(1134)
      expect(bottom).toBeLessThan(1134 + 15)
      expect(s).toContain('<w:titlePg/>')
    }
    expect(text(kind)).not.toMatch(/…|\.{3}|\d\.\d{3,}\d|NaN|undefined|\[Bảng /)
  })
})

describe('print preview', () => {
  it.each(docs.map((d) => d.kind))(
    '%s draws as HTML, one sheet per section, every text escaped',
    (kind) => {
      const m = model(kind)
      const { html } = renderHtml(m)
      expect(html.match(/<section class="ctd-sheet/g)).toHaveLength(m.sections.length)
      expect(html).not.toMatch(/undefined|NaN|\[Bảng /)
    }
  )
})

describe('Phiếu bình xét thi đua (the papers)', () => {
  it('prints electors plus spares identical papers, each its own section so no page carries a number', () => {
    const x = xml('ballot-papers')
    const sections = sectPrs(x)
    expect(sections).toHaveLength(6 + 2)
    // Every paper is the same: what lies between two section breaks never differs.
    const between = x.split(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/).slice(1, -2)
    expect(between).toHaveLength(6)
    expect(new Set(between).size).toBe(1)
    const papers = model('ballot-papers').sections
    for (const paper of papers) expect(paper).toEqual(papers[0])
  })

  it('has no number, date or signature, only the cluster, the title, the instructions and a table per section', () => {
    const t = text('ballot-papers')
    expect(t).not.toMatch(/Số:|ngày \d|TM\.|CỤM TRƯỞNG/)
    expect(t).toContain('PHIẾU BÌNH XÉT THI ĐUA NĂM 2024')
    expect(t).toContain('Hướng dẫn: Đồng ý với đơn vị nào thì đánh dấu (X) vào cột “Đồng ý”')
    expect(t).toContain('II. Đề nghị tặng Bằng khen (chọn tối đa 02 đơn vị)')
    const first = model('ballot-papers').sections[0]!
    expect(
      tables({ ...model('ballot-papers'), sections: [first] }).map((tb) => tb.rows.length)
    ).toEqual([1, 3, 1, 1])
    for (const row of tables(model('ballot-papers'))[1]!.rows)
      expect(row.slice(2)).toEqual(['', ''])
  })

  it('marks the second round on its papers and holds only the tied units', () => {
    const t = text('ballot-papers-round-2')
    expect(t).toContain('(Bỏ phiếu lần 2)')
    expect(tables(model('ballot-papers-round-2'))[0]!.rows.map((r) => r[1])).toEqual([
      'Ủy ban MTTQ Việt Nam quận Hai Bà Trưng',
      'Ủy ban MTTQ Việt Nam quận Hoàng Mai'
    ])
    expect(t).toContain('I. Đề nghị tặng Bằng khen (chọn tối đa 01 đơn vị)')
  })
})

describe('Biên bản kiểm phiếu of the two-round vote', () => {
  it('names the board with units, who was convened, the papers with each invalid reason, and the written opinion', () => {
    const t = text('ballot-tally')
    expect(t).toContain('Số: 08/BB-CTĐ1')
    expect(t).toContain('BIÊN BẢN KIỂM PHIẾU')
    expect(t).toContain(
      'Vào hồi 9 giờ 45 phút, thứ Sáu, ngày 01 tháng 11 năm 2024, tại Hội trường Ủy ban MTTQ Việt Nam quận Long Biên'
    )
    expect(t).toContain(
      '- Đồng chí Nguyễn Văn An, Phó Chủ tịch, Ủy ban MTTQ Việt Nam quận Đống Đa – Trưởng ban;'
    )
    expect(t).toContain('Đơn vị được triệu tập: 06; có mặt: 05; vắng mặt: 01.')
    expect(t).toContain(
      '- Số phiếu hợp lệ: 04; số phiếu không hợp lệ: 01, gồm: 01 phiếu ghi thêm tên hoặc nội dung ngoài danh sách;'
    )
    expect(t).toContain(
      '- Phiếu lấy ý kiến bằng văn bản của đơn vị vắng mặt: 01 (Ủy ban MTTQ Việt Nam quận Hoàng Mai);'
    )
    expect(t).toContain(
      '- Phiếu lấy ý kiến được tính vào kết quả mục I, III, IV (tỷ lệ tính trên tổng số thành viên);'
    )
    expect(t).toContain(
      '- Phiếu lấy ý kiến không tính vào kết quả mục II (tỷ lệ tính trên số phiếu hợp lệ);'
    )
  })

  it('has a table per section and round with its base in the heading, every row adding up to the papers counted', () => {
    const ts = tables(model('ballot-tally'))
    expect(ts.map((t) => t.columns[5]!.header)).toEqual([
      'Tỷ lệ % (so với tổng số đơn vị thành viên)',
      'Tỷ lệ % (so với số phiếu hợp lệ)',
      'Tỷ lệ % (so với tổng số đơn vị thành viên)',
      'Tỷ lệ % (so với tổng số đơn vị thành viên)',
      'Tỷ lệ % (so với số phiếu hợp lệ)'
    ])
    // Counted papers: I, III, IV 4 valid + 1 written; II 4 valid; round 2: 5.
    const counted = [5, 4, 5, 5, 5]
    ts.forEach((t, i) => {
      for (const row of t.rows) {
        expect(Number(row[3]) + Number(row[4])).toBe(counted[i])
        expect(row[5]).toMatch(new RegExp(`^${row[3]}/\\d+ \\(\\d+,\\d\\d%\\)$`))
      }
    })
    expect(ts[1]!.rows.map((r) => [r[1], r[3], r[6]])).toEqual([
      ['Ủy ban MTTQ Việt Nam quận Ba Đình', '4', 'Đạt'],
      ['Ủy ban MTTQ Việt Nam quận Hai Bà Trưng', '2', 'Bằng phiếu'],
      ['Ủy ban MTTQ Việt Nam quận Hoàng Mai', '2', 'Bằng phiếu']
    ])
    expect(ts[4]!.rows.map((r) => [r[3], r[5], r[6]])).toEqual([
      ['3', '3/5 (60,00%)', 'Đạt'],
      ['2', '2/5 (40,00%)', 'Không đạt']
    ])
  })

  it('concludes with the units that passed, most votes first, the tie and its second round, the sealing and the end', () => {
    const t = text('ballot-tally')
    expect(t).toContain(
      '- Ủy ban MTTQ Việt Nam quận Hai Bà Trưng, Ủy ban MTTQ Việt Nam quận Hoàng Mai cùng được 2 phiếu đồng ý, cùng đạt tỷ lệ nhưng chỉ còn 01 suất: bỏ phiếu lại lần 2 giữa các đơn vị này.'
    )
    expect(t).toContain('III. KẾT QUẢ KIỂM PHIẾU LẦN 2 (ĐỀ NGHỊ TẶNG BẰNG KHEN)')
    const conclusion = t.slice(t.indexOf('KẾT LUẬN'))
    expect(conclusion).toContain(
      '- Ủy ban MTTQ Việt Nam quận Long Biên: 5/6 đơn vị thành viên, đạt 83,33%.'
    )
    expect(conclusion.indexOf('quận Ba Đình: 4/4 phiếu hợp lệ, đạt 100,00%;')).toBeLessThan(
      conclusion.indexOf(
        'quận Hai Bà Trưng: 3/5 phiếu hợp lệ, đạt 60,00% (bỏ phiếu lần 2, sau khi bằng phiếu ở lần 1).'
      )
    )
    expect(t).toContain(
      'Phiếu bầu đã được niêm phong, giao Ủy ban MTTQ Việt Nam quận Long Biên (đơn vị Cụm trưởng) lưu giữ.'
    )
    expect(t).toContain('Biên bản lập xong vào hồi 10 giờ 45 phút cùng ngày')
  })

  it('is signed by every board member, TRƯỞNG BAN first, then the THÀNH VIÊN', () => {
    const t = text('ballot-tally')
    const tail = t.slice(t.lastIndexOf('BAN KIỂM PHIẾU'))
    expect(tail.match(/TRƯỞNG BAN|THÀNH VIÊN/g)).toEqual(['TRƯỞNG BAN', 'THÀNH VIÊN', 'THÀNH VIÊN'])
    for (const name of ['Nguyễn Văn An', 'Lê Thị Bình', 'Phạm Văn Cường'])
      expect(tail).toContain(name)
    expect(tail.indexOf('Nguyễn Văn An')).toBeLessThan(tail.indexOf('Lê Thị Bình'))
  })

  it('cannot be numbered while a tie waits for its second round, and says what is missing', () => {
    const s = sampleYearEnd(data)
    const facts = {
      cluster: s.meeting.cluster,
      year: s.meeting.year,
      meeting: s.meeting.meeting,
      unitNames: s.meeting.year.unitNames,
      attendances: s.meeting.attendances,
      rounds: s.rounds,
      awardNames: awardNames(s.catalogue)
    }
    expect(checkBallotRecord(facts)).toEqual([])
    const one = { ...facts, rounds: s.rounds.slice(0, 1) }
    expect(checkBallotRecord(one).map((i) => i.message)).toEqual([
      'Đề nghị tặng Bằng khen: còn bằng phiếu chưa giải quyết (bỏ phiếu lại hoặc chủ trì quyết định).',
      'Biên bản kiểm phiếu còn chỗ chưa điền: “- Còn 01 suất chờ bỏ phiếu lại lần 2: [chưa ghi kết quả bỏ phiếu lại].”.'
    ])
    const unsealed = {
      ...facts,
      rounds: s.rounds.map((r) => ({ ...r, count: { ...r.count, keptBy: '' } }))
    }
    expect(
      docxTextOf(buildBallotTallyDocument(unsealed, null, model('ballot-tally').profile))
    ).toContain('Phiếu bầu đã được niêm phong, giao [chưa ghi đơn vị lưu giữ phiếu] lưu giữ.')
  })
})

/** The text of a model's paragraphs (without packing). */
function docxTextOf(m: DocumentModel): string {
  return m.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []))
    .join('\n')
}

describe('the minutes with their score and vote sections', () => {
  it('put the score table and the vote table where their markers stand, with the results in words', () => {
    const m = model('minutes-year-end-sections')
    const ts = tables(m)
    expect(ts.map((t) => t.columns.map((c) => c.header)[1])).toEqual([
      'Đơn vị',
      'Đơn vị được đề nghị'
    ])
    const t = text('minutes-year-end-sections')
    expect(t).toContain(
      'Hội nghị thông qua Bảng tổng hợp kết quả chấm điểm, xếp hạng năm 2024 (thang 100 điểm chuẩn):'
    )
    expect(t).toContain(
      '- Kết quả xếp loại: Xuất sắc 4/6 đơn vị (66,67%); Vững mạnh 1/6 đơn vị (16,67%); Khá 1/6 đơn vị (16,67%).'
    )
    expect(t).toContain(
      '- Lần 1: số phiếu phát ra 5, thu vào 5, hợp lệ 4, không hợp lệ 1; phiếu lấy ý kiến bằng văn bản của đơn vị vắng mặt: 1.'
    )
    expect(t).toContain(
      'Cụm trưởng: Ủy ban MTTQ Việt Nam quận Đống Đa; Cụm phó: Ủy ban MTTQ Việt Nam quận Hoàn Kiếm.'
    )
    expect(t.indexOf('Kết quả chấm điểm thi đua năm 2024')).toBeLessThan(
      t.indexOf('Kết luận của chủ trì')
    )
    expect(ts[1]!.rows.map((r) => [r[3], r[4], r[5]])).toEqual([
      ['5', '5/6 đơn vị thành viên (83,33%)', 'Đạt'],
      ['4', '4/4 phiếu hợp lệ (100,00%)', 'Đạt'],
      ['3', '3/5 phiếu hợp lệ (60,00%)', 'Đạt, bỏ phiếu lần 2'],
      ['2', '2/5 phiếu hợp lệ (40,00%)', 'Không đạt, bỏ phiếu lần 2'],
      ['5', '5/6 đơn vị thành viên (83,33%)', 'Đạt'],
      ['4', '4/6 đơn vị thành viên (66,67%)', 'Đạt']
    ])
  })
})

describe('Tờ trình đề nghị khen thưởng and its Danh sách', () => {
  it('is a TTr of the cluster to the higher body, on the căn cứ in force at its date, asking per award (có danh sách kèm theo)', () => {
    const t = text('award-submission')
    expect(t).toContain('Số: 12/TTr-CTĐ1')
    expect(t).toContain('Hà Nội, ngày 05 tháng 11 năm 2024')
    expect(t).toContain('Về việc đề nghị tặng Cờ thi đua và Bằng khen năm 2024')
    expect(t).toContain('Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội.')
    expect(t).toContain('Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023')
    expect(t).not.toContain('152/2025')
    expect(t).toContain('- Cờ thi đua của Ủy ban MTTQ Việt Nam thành phố Hà Nội cho 01 tập thể;')
    expect(t).toContain(
      '- Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội cho 02 tập thể (có danh sách kèm theo).'
    )
    expect(t).toContain(
      'Kính trình Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội xem xét, quyết định./.'
    )
    expect(t).toContain('Kết quả xếp loại: Xuất sắc 4/6 đơn vị (66,67%)')
  })

  it('carries the Danh sách as an annex numbered on its own, citing the tờ trình, with each unit’s scores and votes', () => {
    const sections = sectPrs(xml('award-submission'))
    expect(sections).toHaveLength(2)
    expect(sections[1]).toContain('<w:pgNumType w:start="1"/>')
    const t = text('award-submission')
    expect(t).toContain('(Kèm theo Tờ trình số 12/TTr-CTĐ1 ngày 05/11/2024 của Cụm thi đua số 1)')
    const [flag, merit] = tables(model('award-submission'))
    expect(flag!.columns[1]!.header).toBe(
      'Tên tập thể (ghi đầy đủ, đúng tên gọi tại thời điểm đề nghị)'
    )
    expect(flag!.rows).toEqual([
      [
        '1',
        'Ủy ban MTTQ Việt Nam quận Long Biên',
        'Cờ thi đua',
        'Tổng điểm 105,0 điểm, xếp thứ 1/6, xếp loại Xuất sắc; 5/6 đơn vị thành viên đồng ý (83,33%)',
        ''
      ]
    ])
    expect(merit!.rows.map((r) => [r[1], r[4]])).toEqual([
      ['Ủy ban MTTQ Việt Nam quận Ba Đình', ''],
      ['Ủy ban MTTQ Việt Nam quận Hai Bà Trưng', 'Bỏ phiếu lần 2']
    ])
    expect(t).toContain('Tổng cộng: 03 tập thể./.')
  })
})

describe('Báo cáo thành tích (draft of the unit)', () => {
  it('is issued by the unit, numbered in its own register, pre-filled from its scores, vote and history', () => {
    const t = text('achievement-report')
    for (const line of [
      'QUẬN LONG BIÊN',
      'BAN THƯỜNG TRỰC',
      'Số:      /BC-MTTQ-BTT',
      'Long Biên, ngày 04 tháng 11 năm 2024',
      'Thành tích đề nghị tặng Cờ thi đua năm 2024',
      'Tổng điểm Cụm chấm: 105,0 điểm (điểm các tiêu chí 100,0/100 điểm; điểm cộng 5,0 điểm; điểm trừ 0,0 điểm), xếp thứ 1/6 đơn vị của Cụm, xếp loại Xuất sắc.',
      'đơn vị được 5/6 đơn vị thành viên, đạt 83,33%, điều kiện đạt quá 1/2 tổng số đơn vị thành viên.',
      'Mô hình «Bữa cơm nghĩa tình» được Thành phố biểu dương'
    ])
      expect(t).toContain(line)
    const history = tables(model('achievement-report'))
    expect(history).toHaveLength(1)
    expect(history[0]!.rows.map((r) => [r[0], r[1]])).toEqual([
      ['2022', 'Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội'],
      ['2023', 'Cờ thi đua của Ủy ban MTTQ Việt Nam thành phố Hà Nội']
    ])
    expect(history[0]!.rows[0]![2]).toBe(
      'Quyết định số 25/QĐ-MTTQ-BTT ngày 12/01/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội'
    )
  })

  it('leaves what the unit must write marked, and has the cấp trình’s block beside the unit’s signature', () => {
    const t = text('achievement-report')
    expect(t).toContain('[chưa ghi đơn vị bổ sung]')
    const tail = t.slice(t.indexOf('XÁC NHẬN CỦA CẤP TRÌNH'))
    expect(tail).toMatch(
      /^XÁC NHẬN CỦA CẤP TRÌNH\nKHEN THƯỞNG[\s\S]*TM\. BAN THƯỜNG TRỰC\nCHỦ TỊCH[\s\S]*Vũ Thị Thành/
    )
    // The table of awards ends the text: no "./." on the heading before it.
    expect(t).not.toContain('thưởng:./.')
  })
})

describe('Thông báo kết quả bình xét and Báo cáo tổng kết', () => {
  it('tell member units the ranking with each unit’s result, the proposals and next year’s leaders', () => {
    const t = text('result-notice')
    expect(t).toContain('Số: 13/TB-CTĐ1')
    expect(t).toContain('Kết quả bình xét thi đua năm 2024')
    const [table] = tables(model('result-notice'))
    expect(table!.rows.map((r) => [r[3], r[5]])).toEqual([
      ['1', 'Đề nghị tặng Cờ thi đua'],
      ['2\n(đồng hạng)', 'Đề nghị tặng Bằng khen'],
      ['2\n(đồng hạng)', 'Đề nghị tặng Bằng khen'],
      ['4', ''],
      ['5', ''],
      ['6', '']
    ])
    expect(t).toContain('- Cụm trưởng: Ủy ban MTTQ Việt Nam quận Đống Đa;')
    expect(t).toContain('Các đơn vị trong Cụm')
  })

  it('reports the cluster’s year to the higher body: members, meetings, activities, scores, votes, direction', () => {
    const t = text('cluster-report')
    for (const line of [
      'Số: 14/BC-CTĐ1',
      'Tổng kết hoạt động Cụm thi đua số 1 năm 2024',
      'Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội.',
      'Cụm trưởng: Ủy ban MTTQ Việt Nam quận Long Biên; Cụm phó: Ủy ban MTTQ Việt Nam quận Hai Bà Trưng.',
      '- Hội nghị ký giao ước thi đua năm 2024 Cụm thi đua số 1 (ngày 28/02/2024, tại Phòng họp số 1 Quận ủy Long Biên);',
      '2. Ký kết giao ước thi đua',
      'Cụm trưởng năm 2025: Ủy ban MTTQ Việt Nam quận Đống Đa; Cụm phó: Ủy ban MTTQ Việt Nam quận Hoàn Kiếm.'
    ])
      expect(t).toContain(line)
    expect(t).not.toContain('[chưa ghi')
  })
})

describe('docs:samples holds the year-end documents of issue 15', () => {
  it('writes the ballot, the two-round kiểm phiếu record, the tờ trình, a báo cáo thành tích, the thông báo and the checklist', async () => {
    const { allSampleDocuments } = await import('@core/sample/all-documents')
    const all = allSampleDocuments(data).map((d) => d.kind)
    for (const kind of [
      'ballot-papers',
      'ballot-papers-round-2',
      'ballot-tally',
      'award-submission',
      'achievement-report',
      'result-notice',
      'dossier-checklist'
    ])
      expect(all, kind).toContain(kind)
    const tally = docs.find((d) => d.kind === 'ballot-tally')!
    expect(docxText(await packDocx(tally.model))).toContain('lần 2')
    // The tờ trình carries its danh sách as its annex.
    expect(
      docxText(await packDocx(docs.find((d) => d.kind === 'award-submission')!.model))
    ).toMatch(/DANH SÁCH/)
    const checklist = docxText(
      await packDocx(docs.find((d) => d.kind === 'dossier-checklist')!.model)
    )
    expect(checklist).toContain('01 Tờ trình đề nghị khen thưởng năm 2024.pdf')
    expect(checklist).toContain('CHƯA ĐỦ')
  })
})
