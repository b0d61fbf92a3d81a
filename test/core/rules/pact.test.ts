import { describe, expect, it } from 'vitest'
import {
  memberUnitSchema,
  unitPersonSchema,
  type PactSignatory,
  type UnitPerson
} from '@core/model/entities'
import {
  checkPactForSigning,
  criteriaTotals,
  flattenCommitments,
  indentCommitment,
  moveBefore,
  moveCommitment,
  outdentCommitment,
  removeCommitment
} from '@core/rules/pact'

const rows = [
  { id: 'a', parentId: '', order: 0, text: 'A' },
  { id: 'b', parentId: '', order: 1, text: 'B' },
  { id: 'b1', parentId: 'b', order: 0, text: 'B1' },
  { id: 'c', parentId: '', order: 2, text: 'C' }
]
const view = (r: typeof rows) =>
  flattenCommitments(r).map((n) => `${'  '.repeat(n.depth)}${n.label} ${n.text}`)

describe('commitment numbering and editing', () => {
  it('numbers top level 1., 2., sub-items -, then +', () => {
    expect(view(indentCommitment(rows, 'c'))).toEqual(['1. A', '2. B', '  - B1', '  - C'])
    expect(view(indentCommitment(indentCommitment(rows, 'c'), 'c'))).toEqual([
      '1. A',
      '2. B',
      '  - B1',
      '    + C'
    ])
  })

  it('moves among siblings, indents, outdents and removes with sub-items', () => {
    expect(view(moveCommitment(rows, 'c', -1))).toEqual(['1. A', '2. C', '3. B', '  - B1'])
    expect(view(moveCommitment(rows, 'a', -1))).toEqual(view(rows))
    expect(view(outdentCommitment(rows, 'b1'))).toEqual(['1. A', '2. B', '3. B1', '4. C'])
    expect(view(removeCommitment(rows, 'b'))).toEqual(['1. A', '2. C'])
  })

  it('drags a commitment before another, never into its own sub-items nor deeper than three levels', () => {
    expect(view(moveBefore(rows, 'c', 'a'))).toEqual(['1. C', '2. A', '3. B', '  - B1'])
    expect(view(moveBefore(rows, 'a', 'b1'))).toEqual(['1. B', '  - A', '  - B1', '2. C'])
    expect(view(moveBefore(rows, 'b', 'b1'))).toEqual(view(rows))
    const deep = indentCommitment(indentCommitment(rows, 'c'), 'c')
    expect(view(moveBefore(deep, 'b', 'c'))).toEqual(view(deep))
  })
})

describe('criteria totals', () => {
  it('adds base, bonus and penalty separately without float artefacts', () => {
    expect(
      criteriaTotals([
        { kind: 'group', maxPoints: null },
        { kind: 'base', maxPoints: 33.3 },
        { kind: 'base', maxPoints: 33.3 },
        { kind: 'base', maxPoints: 33.4 },
        { kind: 'bonus', maxPoints: 5 },
        { kind: 'penalty', maxPoints: 2.5 }
      ])
    ).toEqual({ base: 100, bonus: 5, penalty: 2.5 })
  })
})

describe('signers before signing', () => {
  const stamp = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' }
  const unit = (id: string, name: string) =>
    memberUnitSchema.parse({ id, clusterId: 'c', name, ...stamp })
  const units = [
    unit('bd', 'UBMTTQ quận Ba Đình'),
    unit('dd', 'UBMTTQ quận Đống Đa'),
    unit('hk', 'UBMTTQ quận Hoàn Kiếm')
  ]
  const year = {
    year: 2025,
    memberUnitIds: ['bd', 'dd', 'hk'],
    leaderUnitId: 'dd',
    deputyUnitId: 'bd',
    unitNames: { hk: 'UBMTTQ quận Hoàn Kiếm (năm 2025)' }
  }
  const signer = (unitId: string, name: string): PactSignatory => ({
    unitId,
    titleLines: ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'],
    name
  })
  const named = [
    signer('dd', 'Nguyễn Văn An'),
    signer('bd', 'Trần Thị Bình'),
    signer('hk', 'Lê Văn Cường')
  ]
  const check = (signatories: PactSignatory[], people: UnitPerson[] = []) =>
    checkPactForSigning({ declaredTotal: null, signatories }, [{}], [], year, {
      units,
      people
    }).map((i) => `${i.field}: ${i.message}`)

  it('signs when every member unit has its signer named', () => {
    expect(check(named)).toEqual([])
  })

  it('refuses a blank name, naming the unit as it was called that year', () => {
    const blank = named.map((s) => (s.unitId === 'hk' ? { ...s, name: '' } : s))
    expect(check(blank)).toEqual([
      'signatories: Người ký: chưa ghi họ tên người ký của UBMTTQ quận Hoàn Kiếm (năm 2025).'
    ])
  })

  it('refuses names of spaces or a placeholder, naming the units in signing order', () => {
    const blank = named.map((s) =>
      s.unitId === 'dd' ? { ...s, name: ' \u00a0 ' } : s.unitId === 'bd' ? { ...s, name: '…' } : s
    )
    expect(check(blank)).toEqual([
      'signatories: Người ký: chưa ghi họ tên người ký của UBMTTQ quận Đống Đa, UBMTTQ quận Ba Đình.'
    ])
  })

  it('refuses a member unit with no signer at all, unless its chairman is known', () => {
    const missing = named.filter((s) => s.unitId !== 'bd')
    expect(check(missing)).toEqual([
      'signatories: Người ký: chưa ghi họ tên người ký của UBMTTQ quận Ba Đình.'
    ])
    // The printed pact then names the chairman (`resolveSignatories`): nothing is blank.
    const chair = unitPersonSchema.parse({
      id: 'p',
      unitId: 'bd',
      fullName: 'Phạm Văn Dũng',
      role: 'chair',
      ...stamp
    })
    expect(check(missing, [chair])).toEqual([])
  })

  it('refuses a title still holding a placeholder; an empty title prints the default', () => {
    const titles = named.map((s) =>
      s.unitId === 'bd' ? { ...s, titleLines: ['KT. CHỦ TỊCH', '…'] } : { ...s, titleLines: [] }
    )
    expect(check(titles)).toEqual([
      'signatories: Người ký: chức danh người ký của UBMTTQ quận Ba Đình còn chỗ chưa điền.'
    ])
  })

  it('names up to ten units; past ten, the first eight and a count of the others', () => {
    const many = Array.from({ length: 11 }, (_, i) => `u${i}`)
    const issues = checkPactForSigning(
      { declaredTotal: null, signatories: [] },
      [{}],
      [],
      { ...year, memberUnitIds: many, leaderUnitId: '', deputyUnitId: '', unitNames: {} },
      { units: many.map((id, i) => unit(id, `Đơn vị ${i + 1}`)), people: [] }
    )
    expect(issues.map((i) => i.message)).toEqual([
      'Người ký: chưa ghi họ tên người ký của Đơn vị 1, Đơn vị 2, Đơn vị 3, Đơn vị 4, Đơn vị 5, Đơn vị 6, Đơn vị 7, Đơn vị 8 và 3 đơn vị khác.'
    ])
  })
})
