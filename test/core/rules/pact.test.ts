import { describe, expect, it } from 'vitest'
import {
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
