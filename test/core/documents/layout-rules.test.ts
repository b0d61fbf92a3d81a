import { describe, expect, it } from 'vitest'
import { bindPhrases } from '@core/documents/phrases'
import { headerColumnsMm, lineHeightPt, SHORT_RULE_SHARE } from '@core/documents/geometry'
import { tableColumnsMm } from '@core/documents/table-columns'
import { planDocument, type PlanParagraph, type PlanTable } from '@core/documents/layout'
import { measureMm, wrapText } from '@core/documents/text-metrics'
import { buildPactDocument, criteriaTable } from '@core/documents/kinds/pact'
import { DEFAULT_PROFILE, formatProfileSchema, textWidthMm } from '@core/documents/profile'
import type { DocumentModel, TitleBlock } from '@core/documents/model'
import { numberCriteria } from '@core/rules/pact'
import { exampleCriteria, samplePactFacts } from '@core/sample/sample-document-models'
import { criterionSchema } from '@core/model/entities'
import { sample } from '../../helpers/sample-docs'

const nb = (text: string) => text.replace(/\u00a0/g, '_')

describe('names wrap at phrase boundaries', () => {
  it('keeps THÀNH PHỐ, HÀ NỘI, MẶT TRẬN TỔ QUỐC, KHU VỰC, ỦY BAN whole', () => {
    expect(nb(bindPhrases('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HÀ NỘI', 60, 12))).toBe(
      'ỦY_BAN MẶT_TRẬN_TỔ_QUỐC VIỆT_NAM THÀNH_PHỐ_HÀ_NỘI'
    )
    expect(nb(bindPhrases('CỤM THI ĐUA CÁC QUẬN, HUYỆN KHU VỰC PHÍA NAM SỐ 12', 60, 12))).toMatch(
      /CỤM_THI_ĐUA CÁC QUẬN, .*KHU_VỰC.*PHÍA_NAM.*SỐ_12/
    )
  })

  it('keeps a unit’s proper name with its noun, and the unit’s own name parts given by the builder', () => {
    expect(nb(bindPhrases('ỦY BAN MTTQ VIỆT NAM QUẬN HAI BÀ TRƯNG', 82, 14, { bold: true }))).toBe(
      'ỦY_BAN MTTQ_VIỆT_NAM QUẬN_HAI_BÀ_TRƯNG'
    )
    expect(
      nb(bindPhrases('Các đơn vị Hai Bà Trưng và Long Biên', 160, 14, {}, ['Hai Bà Trưng']))
    ).toBe('Các đơn vị Hai_Bà_Trưng và Long Biên')
  })

  it('binds the names found among many a document gives, in any case, and no other', () => {
    const many = Array.from({ length: 300 }, (_, i) => `Khu Dân Cư ${i + 1}`)
    const names = [...many, 'Long Biên', 'Hai Bà Trưng']
    expect(
      nb(bindPhrases('Các đơn vị long biên, Hai Bà Trưng và Khu Dân Cư 12', 160, 14, {}, names))
    ).toBe('Các đơn vị long_biên, Hai_Bà_Trưng và Khu_Dân_Cư_12')
    expect(nb(bindPhrases('Các đơn vị long biên', 160, 14, {}, names))).toBe('Các đơn vị long_biên')
    expect(nb(bindPhrases('Các đơn vị Khu Dân Cư 3010', 160, 14, {}, names))).toBe(
      'Các đơn vị Khu Dân Cư 3010'
    )
  })

  it('binds the authority to its body and a number to its word: "TM. BAN THƯỜNG TRỰC", "số 1"', () => {
    expect(nb(bindPhrases('TM. BAN THƯỜNG TRỰC', 82, 14, { bold: true }))).toBe(
      'TM._BAN_THƯỜNG_TRỰC'
    )
    expect(nb(bindPhrases('Hoạt động của Cụm thi đua số 1 năm 2024', 165, 14))).toContain(
      'Cụm_thi_đua_số_1'
    )
  })

  it('leaves a phrase breakable when binding it would not fit its box', () => {
    const text = 'THÀNH PHỐ HỒ CHÍ MINH'
    expect(nb(bindPhrases(text, 30, 12))).toBe('THÀNH_PHỐ HỒ_CHÍ_MINH')
    for (const line of wrapText(bindPhrases(text, 30, 12), 30, 12))
      expect(measureMm(line, 12)).toBeLessThanOrEqual(30)
  })
})

describe('the header keeps the place-and-date line on one line', () => {
  const longDate = 'Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2025'

  it('keeps 62/103 mm when the date fits and widens the right column when it does not', () => {
    expect(
      headerColumnsMm(DEFAULT_PROFILE, 'portrait', 'Hà Nội, ngày 04 tháng 3 năm 2024')
    ).toEqual({
      left: 62,
      right: 103
    })
    const p14 = formatProfileSchema.parse({ placeDatePt: 14 })
    const cols = headerColumnsMm(p14, 'portrait', longDate)
    expect(cols.right).toBeGreaterThan(103)
    expect(measureMm(longDate, 14, { italic: true })).toBeLessThan(cols.right)
    expect(cols.left + cols.right).toBeCloseTo(165, 5)
  })
})

describe('line spacing is explicit and measured as Word measures it', () => {
  it('single line of Times New Roman: 16,1 pt at 14 pt; 1,15 lines: 18,5 pt; 1,5 lines: 24,15 pt', () => {
    expect(lineHeightPt(14)).toBe(16.1)
    expect(lineHeightPt(14, 1.15)).toBe(18.5)
    expect(lineHeightPt(14, 1.5)).toBe(24.15)
    expect(lineHeightPt(13)).toBe(14.95)
  })

  it('writes body text above single spacing as an exact height, and single spacing as auto', () => {
    const body = (lineSpacing: number) => {
      const profile = formatProfileSchema.parse({ lineSpacing })
      const plan = planDocument({
        title: 't',
        profile,
        sections: [
          {
            orientation: 'portrait',
            restartNumbering: false,
            blocks: [{ kind: 'paragraph', role: 'body', runs: [{ text: 'Nội dung.' }] }]
          }
        ]
      })
      return (plan.sections[0]!.blocks[0] as PlanParagraph).line
    }
    expect(body(1.15)).toEqual({ rule: 'exact', pt: 18.5 })
    expect(body(1.5)).toEqual({ rule: 'exact', pt: 24.15 })
    expect(body(1)).toEqual({ rule: 'auto', multiple: 1 })
  })
})

describe('tables take their column widths from their content', () => {
  it('never lets STT, a number or a date break, whatever width the builder asked for', () => {
    const widths = tableColumnsMm(
      [
        { header: 'STT', widthPercent: 2 },
        { header: 'Nội dung', widthPercent: 78 },
        { header: 'Thời gian', widthPercent: 10 },
        { header: 'Điểm', widthPercent: 10 }
      ],
      [['12', 'Một nội dung dài', 'Tháng 02/2024', '100,25']],
      165,
      13
    )
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(165, 5)
    expect(widths[0]).toBeGreaterThan(measureMm('STT', 13, { bold: true }) + 2.8)
    // The cells are regular: each is as wide as its text in regular and its padding.
    expect(widths[2]).toBeGreaterThan(measureMm('Tháng 02/2024', 13) + 2.8)
    expect(widths[3]).toBeGreaterThan(measureMm('100,25', 13) + 2.8)
  })

  it('keeps the proportions asked for when everything fits', () => {
    expect(
      tableColumnsMm(
        [
          { header: 'STT', widthPercent: 10 },
          { header: 'Nội dung', widthPercent: 90 }
        ],
        [['1', 'x']],
        165,
        13
      )
    ).toEqual([16.5, 148.5])
  })
})

describe('the rule under the title is 1/3 to 1/2 of the title on every orientation', () => {
  const titleModel = (orientation: 'portrait' | 'landscape'): DocumentModel => ({
    title: 't',
    profile: DEFAULT_PROFILE,
    sections: [
      {
        orientation,
        restartNumbering: false,
        blocks: [
          {
            kind: 'title',
            typeName: 'BẢNG THEO DÕI',
            summaryLines: ['Năm 2024 — Cụm thi đua số 1']
          }
        ]
      }
    ]
  })
  it.each(['portrait', 'landscape'] as const)('%s', (orientation) => {
    const width = textWidthMm(DEFAULT_PROFILE, orientation)
    const rule = planDocument(titleModel(orientation)).sections[0]!.blocks.find(
      (b): b is PlanParagraph => b.kind === 'paragraph' && b.rule
    )!
    const length = width - rule.leftMm - rule.rightMm
    const title = measureMm(
      (titleModel(orientation).sections[0]!.blocks[0] as TitleBlock).summaryLines[0]!,
      14,
      { bold: true }
    )
    expect(length / title).toBeGreaterThanOrEqual(1 / 3)
    expect(length / title).toBeLessThanOrEqual(1 / 2)
    expect(length / title).toBeCloseTo(SHORT_RULE_SHARE, 1)
  })
})

describe('criteria: bonus and penalty points stand in their own numbered parts', () => {
  it('numbers base groups I, II…, then "Điểm thưởng" and "Điểm trừ" as the next parts', () => {
    const rows = numberCriteria(exampleCriteria('p', 12))
    const parts = rows.filter((r) => r.kind === 'group').map((r) => `${r.number}. ${r.text}`)
    expect(parts).toEqual([
      expect.stringMatching(/^I\. Nhóm tiêu chí 1/),
      expect.stringMatching(/^II\. Nhóm tiêu chí 2/),
      'III. Điểm thưởng',
      'IV. Điểm trừ'
    ])
    const bonus = rows.findIndex((r) => r.text === 'Điểm thưởng')
    expect(rows[bonus + 1]).toMatchObject({ number: '1', kind: 'bonus' })
    expect(rows[bonus + 3]).toMatchObject({ number: '1', kind: 'penalty' })
  })

  it('uses the secretary’s own group for bonus points, and makes a first part when there are no groups', () => {
    const c = (order: number, kind: 'group' | 'base' | 'bonus', text: string) =>
      criterionSchema.parse({
        id: `c${order}`,
        createdAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2024-01-01T00:00:00.000Z',
        pactId: 'p',
        order,
        kind,
        text,
        maxPoints: kind === 'group' ? null : 5
      })
    expect(
      numberCriteria([c(0, 'base', 'Một'), c(1, 'base', 'Hai'), c(2, 'bonus', 'Thưởng')]).map(
        (r) => `${r.number} ${r.text}`
      )
    ).toEqual(['I Tiêu chí chấm điểm', '1 Một', '2 Hai', 'II Điểm thưởng', '1 Thưởng'])
    expect(
      numberCriteria([
        c(0, 'group', 'Nhóm A'),
        c(1, 'base', 'Một'),
        c(2, 'group', 'Điểm khuyến khích'),
        c(3, 'bonus', 'Thưởng')
      ]).map((r) => `${r.number} ${r.text}`)
    ).toEqual(['I Nhóm A', '1 Một', 'II Điểm khuyến khích', '1 Thưởng'])
    expect(numberCriteria([c(0, 'base', 'Một'), c(1, 'base', 'Hai')]).map((r) => r.number)).toEqual(
      ['1', '2']
    )
  })

  it('the criteria annex of the pact prints them so', () => {
    const table = criteriaTable(exampleCriteria('p', 12), false)
    const numbers = table.rows.map((r) => `${r[0]} ${r[1]}`)
    expect(numbers).toContain('III Điểm thưởng')
    expect(numbers).toContain('IV Điểm trừ')
    expect(numbers).not.toContain('7 Có mô hình mới, cách làm hay được cấp trên biểu dương')
  })
})

describe('the pact', () => {
  it('prints a multi-line immediate task as separate paragraphs, the first with its bold lead-in', () => {
    const facts = samplePactFacts(sample)
    const model = buildPactDocument(
      { ...facts, pact: { ...facts.pact, immediateTask: 'Việc một.\nViệc hai.\n\nViệc ba.' } },
      DEFAULT_PROFILE
    )
    const paragraphs = model.sections[0]!.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []
    )
    const at = paragraphs.indexOf('Nhiệm vụ trước mắt: Việc một.')
    expect(at).toBeGreaterThan(0)
    expect(paragraphs.slice(at + 1, at + 3)).toEqual(['Việc hai.', 'Việc ba.'])
    for (const p of paragraphs) expect(p).not.toContain('\n')
  })

  it('levels the names of a grid row: a three-line "KT." title beside a two-line "TM." one', () => {
    const facts = samplePactFacts(sample)
    const [a, b] = facts.year.memberUnitIds
    const pact = {
      ...facts.pact,
      signatories: [
        { unitId: a!, titleLines: ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'], name: 'Người A' },
        {
          unitId: b!,
          titleLines: ['TM. BAN THƯỜNG TRỰC', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC'],
          name: 'Người B'
        }
      ]
    }
    const plan = planDocument(buildPactDocument({ ...facts, pact }, DEFAULT_PROFILE))
    const grid = plan.sections[0]!.blocks.find(
      (x): x is PlanTable => x.kind === 'table' && x.role === 'signature'
    )!
    const [left, right] = grid.rows[0]!.cells
    const height = (blocks: typeof left.blocks) =>
      blocks.reduce(
        (sum, q) =>
          sum +
          (q.kind === 'paragraph'
            ? q.line.rule === 'exact'
              ? q.line.pt
              : lineHeightPt(q.sizePt)
            : 0),
        0
      )
    expect(height(left!.blocks)).toBeCloseTo(height(right!.blocks), 5)
    expect(left!.vAlign).toBe('bottom')
    expect(right!.vAlign).toBe('bottom')
  })
})
