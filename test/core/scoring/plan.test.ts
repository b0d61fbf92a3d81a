import { describe, expect, it } from 'vitest'
import { compileCriteria, criteriaVersion, criterionName, planMaxima } from '@core/scoring/plan'
import { criterion, sampleCriteria } from './helpers'

describe('compileCriteria', () => {
  it('puts criteria under the group above them, as the pact editor shows them, and keeps bonus and penalty apart', () => {
    const plan = compileCriteria(sampleCriteria())
    expect(plan.rows.map((r) => `${r.fullLabel}:${r.part}`)).toEqual([
      'I:base',
      'I.1:base',
      'I.2:base',
      'I.3:base',
      'II:base',
      'II.1:base',
      'II.2:base',
      'Điểm cộng 1:bonus',
      'Điểm trừ 1:penalty'
    ])
    expect(plan.leaves.map((l) => l.parent)).toEqual([0, 0, 0, 1, 1])
    expect(plan.bonus[0]!.parent).toBe(-1)
    expect(plan.leaves.map((l) => l.max)).toEqual([1000, 1500, 1500, 2000, 4000])
    expect(planMaxima(plan)).toEqual({
      groups: [4000, 6000],
      base: 10_000,
      bonus: 500,
      penalty: 500
    })
  })

  it('follows an explicit parent, nests groups, caps a group at its own maximum and uses codes', () => {
    const plan = compileCriteria([
      criterion('g', 'group', 12, 0, { code: 'A' }),
      criterion('g-sub', 'group', null, 1, { parentId: 'g' }),
      criterion('x', 'base', 10, 2, { parentId: 'g-sub' }),
      criterion('y', 'base', 10, 3, { parentId: 'g' }),
      criterion('top', 'base', 5, 4, { parentId: 'missing' })
    ])
    expect(plan.leafGroups).toEqual([[1, 0], [0], [1, 0]])
    expect(plan.groups.map((g) => g.depth)).toEqual([0, 1])
    expect(plan.rows[0]!.label).toBe('A')
    expect(plan.deepestFirst).toEqual([1, 0])
    // 10 + 10 under a group of 12, then the criterion after it (positional) counts in the last group.
    expect(planMaxima(plan).groups).toEqual([12, 10 + 5].map((p) => p * 100))
  })

  it('groups bonus criteria under a bonus group that precedes them', () => {
    const plan = compileCriteria([
      criterion('b1', 'base', 100, 0),
      criterion('gb', 'group', 6, 1),
      criterion('x1', 'bonus', 4, 2),
      criterion('x2', 'bonus', 4, 3)
    ])
    expect(plan.groups[0]!.part).toBe('bonus')
    expect(plan.bonus.map((b) => b.parent)).toEqual([0, 0])
    expect(planMaxima(plan).bonus).toBe(600)
  })

  it('versions the criteria by ids, kinds, parents, maxima and order — not by wording', () => {
    const base = sampleCriteria()
    const v = criteriaVersion(base)
    expect(v).toMatch(/^[0-9a-f]{16}$/)
    expect(criteriaVersion([...base].reverse())).toBe(v)
    expect(criteriaVersion(base.map((c) => ({ ...c, text: c.text + ' (sửa chữ)' })))).toBe(v)
    expect(
      criteriaVersion(base.map((c) => (c.id === 'a' ? { ...c, maxPoints: 9.5 } : c)))
    ).not.toBe(v)
    expect(criteriaVersion(base.map((c) => (c.id === 'a' ? { ...c, order: 99 } : c)))).not.toBe(v)
    expect(criteriaVersion(base.filter((c) => c.id !== 'minus'))).not.toBe(v)
    expect(compileCriteria(base).version).toBe(v)
  })

  it('names a criterion for messages, shortening long texts at a word', () => {
    const plan = compileCriteria([
      criterion('g', 'group', null, 0),
      criterion('a', 'base', 10, 1, {
        text: 'Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước và nhiệm vụ công tác Mặt trận'
      }),
      criterion('p', 'bonus', 5, 2)
    ])
    expect(criterionName(plan.rows[1]!)).toBe(
      'tiêu chí I.1 «Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà…»'
    )
    expect(criterionName(plan.rows[0]!)).toBe('nhóm I «Tiêu chí g»')
    expect(criterionName(plan.bonus[0]!)).toBe('điểm cộng 1 «Tiêu chí p»')
  })
})
