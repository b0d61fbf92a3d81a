import { describe, expect, it } from 'vitest'
import { scoringRulesSchema } from '@core/scoring/model'
import { compileCriteria } from '@core/scoring/plan'
import { EXAMPLE_SCORING_RULES, sampleScoringCriteria } from '@core/sample/sample-scoring'
import {
  rulesWarnings,
  toRulesForm,
  toRulesInput
} from '../../../src/renderer/src/features/scoring/rules-form'
import {
  liveTotals,
  parseQuantity,
  sheetProblems,
  toSheetForm,
  toSheetInput
} from '../../../src/renderer/src/features/scoring/sheet-form'
import { totalBars, unitTrend } from '../../../src/renderer/src/features/scoring/chart-data'

const T = '2024-01-01T00:00:00.000Z'
const rules = scoringRulesSchema.parse({
  ...EXAMPLE_SCORING_RULES,
  id: 'r',
  createdAt: T,
  updatedAt: T,
  clusterYearId: 'y',
  basis: ['Quy chế của Cụm']
})
const plan = compileCriteria(sampleScoringCriteria())

describe('the rules form', () => {
  it('round-trips the stored rules, points and percentages with comma decimals', () => {
    const form = toRulesForm({
      ...rules,
      bonusCap: 250,
      bands: [{ label: 'Khá', minPercent: 6550 }]
    })
    expect(form).toMatchObject({ declaredMax: '100', bonusCap: '2,5', step: '50' })
    expect(form.bands).toEqual([{ label: 'Khá', percent: '65,5' }])
    expect(toRulesInput(form).input).toMatchObject({
      declaredMax: 10_000,
      bonusCap: 250,
      bands: [{ label: 'Khá', minPercent: 6550 }]
    })
  })

  it('names each field typed wrong, and refuses a band above 100%', () => {
    const form = {
      ...toRulesForm(rules),
      declaredMax: '',
      penaltyCap: 'năm',
      bands: [{ label: '', percent: '120' }]
    }
    expect(toRulesInput(form).issues.map((i) => [i.field, i.message])).toEqual([
      ['declaredMax', 'Tổng điểm chuẩn: chưa nhập.'],
      ['penaltyCap', 'Điểm trừ tối đa: «năm» không phải là số điểm (ví dụ 9 hoặc 9,5).'],
      ['bands.0.label', 'Mức xếp loại 1: chưa nhập tên mức.'],
      ['bands.0.minPercent', 'Mức xếp loại 1: ngưỡng không quá 100%.']
    ])
  })

  it('keeps the tie-break chain off unless switched on, and warns when maxima do not add up', () => {
    const form = toRulesForm(rules)
    expect(form.tieBreakOn).toBe(false)
    expect(toRulesInput(form).input!.tieBreak).toEqual([])
    expect(toRulesInput({ ...form, tieBreakOn: true }).input!.tieBreak).toEqual([
      'more-full-marks',
      'higher-base'
    ])
    expect(rulesWarnings(form, plan)).toEqual([])
    expect(rulesWarnings({ ...form, declaredMax: '90' }, plan).map((w) => w.message)).toEqual([
      'Điểm chuẩn các tiêu chí cộng lại bằng 100, khác tổng điểm đã công bố (90).'
    ])
  })
})

describe('a unit’s sheet form', () => {
  const entries = [
    {
      id: 'e1',
      createdAt: T,
      updatedAt: T,
      clusterYearId: 'y',
      unitId: 'u',
      criterionId: plan.leaves[0]!.id,
      target: 1234.5,
      actual: 12,
      selfScore: 1000,
      selfNote: '',
      evidence: [],
      reviewedScore: 900,
      reviewerUnitId: '',
      reviewerName: '',
      reviewNote: '',
      diffReason: 'Thiếu minh chứng',
      explanation: '',
      explanationOn: ''
    }
  ]

  it('has a row for every base criterion, scores and quantities as the secretary reads them', () => {
    const form = toSheetForm(plan, null, entries, [])
    expect(form.entries).toHaveLength(plan.leaves.length)
    expect(form.entries[0]).toMatchObject({
      selfScore: '10',
      reviewedScore: '9',
      target: '1.234,5',
      actual: '12'
    })
    expect(form.entries[1]!.selfScore).toBe('')
    const input = toSheetInput(form, plan).input!
    expect(input.entries[0]).toMatchObject({ target: 1234.5, selfScore: 1000, reviewedScore: 900 })
  })

  it('reads quantities with dot thousands and comma decimals', () => {
    expect(parseQuantity('1.234')).toBe(1234)
    expect(parseQuantity('1.234,5')).toBe(1234.5)
    expect(parseQuantity('12,5')).toBe(12.5)
    expect(parseQuantity('12.5')).toBe(12.5)
    expect(parseQuantity('')).toBeNull()
    expect(parseQuantity('12 kg')).toBeNaN()
  })

  it('points each problem at its field: an unreadable score, a change without reason', () => {
    const form = toSheetForm(plan, null, entries, [])
    form.entries[1]!.selfScore = '9,3'
    form.entries[0]!.diffReason = ''
    const { issues } = toSheetInput(form, plan)
    expect(issues).toEqual([])
    const problems = sheetProblems(form, plan, rules)
    expect(problems.map((p) => p.field)).toEqual([
      `entries.${plan.leaves[0]!.id}.diffReason`,
      `entries.${plan.leaves[1]!.id}`
    ])
    form.entries[2]!.selfScore = 'mười'
    expect(toSheetInput(form, plan).issues[0]!.field).toBe(
      `entries.${plan.leaves[2]!.id}.selfScore`
    )
  })

  it('adds up both sides as typed, capping the bonus', () => {
    const form = toSheetForm(plan, null, entries, [])
    form.items.push({
      id: '',
      kind: 'bonus',
      criterionId: plan.bonus[0]!.id,
      reason: 'Mô hình',
      evidence: [],
      proposedBy: 'unit',
      selfPoints: '7',
      reviewedPoints: '',
      diffReason: '',
      explanation: '',
      explanationOn: ''
    })
    const totals = liveTotals(form, plan, rules)
    expect(totals.self.total).toBe(1000 + 500)
    expect(totals.effective.total).toBe(900 + 500)
    expect(totals.effective.missing).toBe(plan.leaves.length - 1)
  })
})

describe('the charts’ data', () => {
  const row = (unitId: string, total: number, rank: number, tied = false) =>
    ({ unitId, rank, tied, effective: { total } }) as never

  it('draws one bar per unit in ranking order with its short name', () => {
    const bars = totalBars([row('a', 9950, 1), row('b', 9900, 2)], (id) => id.toUpperCase())
    expect(bars.map((b) => [b.label, b.total, b.rank])).toEqual([
      ['A', 9950, 1],
      ['B', 9900, 2]
    ])
  })

  it('compares years by their share of each year’s maximum, oldest first', () => {
    const trend = unitTrend(
      'a',
      [
        {
          yearId: 'y1',
          year: 2023,
          declaredMax: 9000,
          adopted: true,
          units: { a: { total: 8100, rank: 2, tied: false } }
        },
        { yearId: 'y2', year: 2024, declaredMax: 10000, adopted: false, units: {} }
      ],
      { year: 2024, declaredMax: 10000, rows: [row('a', 9500, 1)], adopted: false }
    )
    expect(trend.map((p) => [p.year, p.percent, p.rank])).toEqual([
      [2023, 9000, 2],
      [2024, 9500, 1]
    ])
  })
})
