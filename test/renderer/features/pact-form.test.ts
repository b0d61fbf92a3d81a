import { describe, expect, it } from 'vitest'
import type { Criterion } from '@core/model/entities'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { resolveSignatories } from '@core/rules/pact'
import {
  addCriterion,
  commitmentsInListOrder,
  copyCriteria,
  criteriaOf,
  defaultWitness,
  isDirty,
  moveCriterion,
  pactFactsOf,
  parsePoints,
  pointsSummary,
  toPactForm,
  toPactInput,
  type PactForm
} from '../../../src/renderer/src/features/pact/pact-form'

const sample = buildSampleDataset('2026-01-01T00:00:00.000Z')
const cluster = sample.clusters[0]!
const year = sample.clusterYears.find((y) => y.year === 2020)!
const pact = sample.pacts.find((p) => p.clusterYearId === year.id)!
const commitments = sample.pactCommitments.filter((c) => c.pactId === pact.id)

function criterion(order: number, kind: Criterion['kind'], maxPoints: number | null): Criterion {
  return {
    id: `c${order}`,
    pactId: pact.id,
    parentId: '',
    order,
    code: '',
    text: `Tiêu chí ${order}`,
    kind,
    maxPoints,
    rule: '',
    createdAt: '',
    updatedAt: ''
  }
}

const record = {
  pact: { ...pact, declaredTotal: 100 },
  commitments,
  criteria: [criterion(1, 'base', 60), criterion(0, 'group', null), criterion(2, 'bonus', 5)]
}
const form = (): PactForm =>
  toPactForm(record, resolveSignatories(record.pact, year, sample.memberUnits, []))

describe('the pact form', () => {
  it('shows the stored pact as text: criteria in order, points and total as typed', () => {
    const f = form()
    expect(f.declared).toBe('100')
    expect(f.criteria.map((c) => [c.kind, c.points])).toEqual([
      ['group', ''],
      ['base', '60'],
      ['bonus', '5']
    ])
    expect(f.commitments).toHaveLength(commitments.length)
    expect(f.signatories.map((s) => s.unitId)[0]).toBe(year.leaderUnitId)
  })

  it('reads Vietnamese decimals, and keeps what is not a number visible to the validation', () => {
    expect(parsePoints('12,5')).toBe(12.5)
    expect(parsePoints('  ')).toBeNull()
    expect(parsePoints('mười')).toBeNaN()
    // As the app shows a thousand; and what JavaScript alone reads as 16 or 100, refused here.
    expect(parsePoints('1.000')).toBe(1000)
    expect(parsePoints('0x10')).toBeNaN()
    expect(parsePoints('1e2')).toBeNaN()
  })

  it('turns back into the repository input it came from', () => {
    const input = toPactInput(form())
    expect(input.pact.declaredTotal).toBe(100)
    expect(input.pact.basis).toEqual(pact.basis)
    expect(input.criteria.map((c) => [c.order, c.kind, c.maxPoints])).toEqual([
      [0, 'group', null],
      [1, 'base', 60],
      [2, 'bonus', 5]
    ])
  })

  it('totals the base points against the declared total as they are typed', () => {
    const f = form()
    expect(pointsSummary(f)).toMatchObject({ base: 60, bonus: 5, declared: 100, difference: -40 })
    const more = addCriterion(f.criteria, 'base')
    more[3] = { ...more[3]!, points: '40' }
    expect(pointsSummary({ ...f, criteria: more }).difference).toBe(0)
    // A point that is not a number yet counts as nothing rather than poisoning the total.
    more[3] = { ...more[3]!, points: 'bốn mươi' }
    expect(pointsSummary({ ...f, criteria: more }).base).toBe(60)
  })

  it('moves a criterion within the table, never past its ends', () => {
    const rows = form().criteria
    expect(moveCriterion(rows, 0, 1).map((c) => c.id)).toEqual(['c1', 'c0', 'c2'])
    expect(moveCriterion(rows, 0, -1).map((c) => c.id)).toEqual(['c0', 'c1', 'c2'])
    expect(moveCriterion(rows, 2, 5).map((c) => c.id)).toEqual(['c0', 'c1', 'c2'])
    expect(criteriaOf({ ...form(), criteria: moveCriterion(rows, 2, -2) })[0]).toMatchObject({
      id: 'c2',
      order: 0
    })
  })

  it('copies last year’s criteria as new rows of this pact', () => {
    const copied = copyCriteria([], record.criteria)
    expect(copied.map((c) => c.text)).toEqual(['Tiêu chí 0', 'Tiêu chí 1', 'Tiêu chí 2'])
    expect(copied.some((c) => record.criteria.some((r) => r.id === c.id))).toBe(false)
  })

  it('offers a witness block naming the parent body in capitals', () => {
    expect(defaultWitness({ parentBody: 'Ủy ban MTTQ Việt Nam thành phố Hà Nội' })).toEqual({
      titleLines: ['XÁC NHẬN CỦA BAN THƯỜNG TRỰC', 'ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI'],
      name: ''
    })
    expect(defaultWitness({ parentBody: '' }).titleLines).toEqual(['XÁC NHẬN CỦA BAN THƯỜNG TRỰC'])
  })

  it('builds the documents from the typed text, printing unfinished points as blank', () => {
    const f = { ...form(), title: 'Giao ước sửa', basis: 'Căn cứ 1\n\n', declared: 'x' }
    const facts = pactFactsOf(f, record.pact, {
      cluster,
      year,
      units: sample.memberUnits,
      people: []
    })
    expect(facts.pact.title).toBe('Giao ước sửa')
    expect(facts.pact.basis).toEqual(['Căn cứ 1'])
    expect(facts.pact.declaredTotal).toBeNull()
    expect(facts.criteria.every((c) => c.pactId === pact.id)).toBe(true)
  })

  it('is dirty when anything differs from what was saved, and clean again when it matches', () => {
    const saved = form()
    expect(isDirty(form(), saved)).toBe(false)
    expect(isDirty({ ...saved, preamble: saved.preamble + ' ' }, saved)).toBe(true)
    const retitled = saved.signatories.map((s, i) => (i === 0 ? { ...s, name: 'Vũ Thị Thành' } : s))
    expect(isDirty({ ...saved, signatories: retitled }, saved)).toBe(true)
    expect(isDirty({ ...saved, criteria: moveCriterion(saved.criteria, 0, 1) }, saved)).toBe(true)
  })
})

describe('the commitments as the repository is given them', () => {
  const row = (id: string, parentId: string, order: number) => ({ id, parentId, order, text: id })

  it('come in the order the screen numbers them, a sub-item added last under its parent', () => {
    // Added in this order: three commitments, then a sub-item under the first, and a row whose
    // parent is gone (never shown).
    const rows = [row('a', '', 0), row('b', '', 1), row('c', '', 2), row('a1', 'a', 0)]
    const input = toPactInput({ ...form(), commitments: [...rows, row('x', 'gone', 0)] })
    // «Nội dung 3 (2.)» on screen is `b`: a refused `b` is «Nội dung 3» in the message too.
    expect(input.commitments.map((c) => c.id)).toEqual(['a', 'a1', 'b', 'c', 'x'])
    expect(commitmentsInListOrder(rows).map((c) => c.id)).toEqual(['a', 'a1', 'b', 'c'])
  })
})
