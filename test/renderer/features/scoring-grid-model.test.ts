import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  cellAt,
  cellId,
  inverse,
  pads,
  moveCell,
  parseBlock,
  planPaste,
  startsEditing,
  totalParts,
  UndoHistory,
  type CellEdit
} from '../../../src/renderer/src/features/scoring/grid-model'
import { compileCriteria } from '@core/scoring/plan'
import { computeUnitTotals } from '@core/scoring/totals'
import { RULES, sampleCriteria } from '../../core/scoring/helpers'

const size = { rows: 3, cols: 4 }

describe('moving the active cell as in Excel', () => {
  it('goes down with Enter, up with Shift+Enter, and stays inside the grid', () => {
    expect(moveCell({ row: 0, col: 1 }, 'Enter', {}, size)).toEqual({ row: 1, col: 1 })
    expect(moveCell({ row: 2, col: 1 }, 'Enter', {}, size)).toEqual({ row: 2, col: 1 })
    expect(moveCell({ row: 1, col: 1 }, 'Enter', { shift: true }, size)).toEqual({ row: 0, col: 1 })
    expect(moveCell({ row: 0, col: 0 }, 'ArrowLeft', {}, size)).toEqual({ row: 0, col: 0 })
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', {}, size)).toEqual({ row: 0, col: 0 })
  })

  it('wraps Tab to the next row’s first cell and Shift+Tab to the previous row’s last', () => {
    expect(moveCell({ row: 0, col: 3 }, 'Tab', {}, size)).toEqual({ row: 1, col: 0 })
    expect(moveCell({ row: 1, col: 0 }, 'Tab', { shift: true }, size)).toEqual({ row: 0, col: 3 })
    expect(moveCell({ row: 2, col: 3 }, 'Tab', {}, size)).toEqual({ row: 2, col: 3 })
  })

  it('goes to the row’s ends with Home/End and the grid’s corners with Ctrl', () => {
    expect(moveCell({ row: 1, col: 2 }, 'Home', {}, size)).toEqual({ row: 1, col: 0 })
    expect(moveCell({ row: 1, col: 2 }, 'End', { ctrl: true }, size)).toEqual({ row: 2, col: 3 })
    expect(moveCell({ row: 1, col: 2 }, 'PageDown', { page: 10 }, size)).toEqual({ row: 2, col: 2 })
  })

  it('never leaves the grid whatever the keys', () => {
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter', 'Tab', 'Home', 'End']
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.boolean(), fc.boolean()), { maxLength: 50 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        (moves, rows, cols) => {
          let pos = { row: 0, col: 0 }
          for (const [key, shift, ctrl] of moves)
            pos = moveCell(pos, key, { shift, ctrl }, { rows, cols })
          return pos.row >= 0 && pos.row < rows && pos.col >= 0 && pos.col < cols
        }
      )
    )
  })

  it('starts typing on digits and decimal separators only', () => {
    expect(['7', ',', '.'].every(startsEditing)).toBe(true)
    expect(['a', 'Enter', '-', ' '].some(startsEditing)).toBe(false)
  })
})

describe('a block pasted from Excel or Word', () => {
  it('reads tabs and line breaks, drops the last line break, keeps empty cells', () => {
    expect(parseBlock('9,5\t10\r\n8\t\r\n')).toEqual([
      ['9,5', '10'],
      ['8', '']
    ])
    expect(parseBlock('9\n9,5\n10')).toEqual([['9'], ['9,5'], ['10']])
  })

  it('unquotes a cell Excel quoted and turns non-breaking spaces into spaces', () => {
    expect(parseBlock('"9,5"\t"a ""b"""\r\n')).toEqual([['9,5', 'a "b"']])
    expect(parseBlock('9\u00a0,5')).toEqual([['9 ,5']])
  })

  it('maps cells onto units and criteria from the active cell, naming what it cannot read', () => {
    const units = ['u1', 'u2', 'u3']
    const columns = [{ id: 'a' }, { id: 'b' }]
    const plan = planPaste(
      parseBlock('9,5\t10\r\nx\t8\r\n7\t\r\n6\t6\r\n'),
      { row: 0, col: 0 },
      units,
      columns,
      'self'
    )
    expect(plan.changes).toEqual([
      { unitId: 'u1', criterionId: 'a', side: 'self', value: 950 },
      { unitId: 'u1', criterionId: 'b', side: 'self', value: 1000 },
      { unitId: 'u2', criterionId: 'b', side: 'self', value: 800 },
      { unitId: 'u3', criterionId: 'a', side: 'self', value: 700 },
      { unitId: 'u3', criterionId: 'b', side: 'self', value: null }
    ])
    expect(plan.problems).toEqual([
      'Dòng 2, cột 1 của vùng dán: «x» không phải là số điểm (ví dụ 9 hoặc 9,5).',
      '2 ô nằm ngoài bảng điểm nên không dán.'
    ])
  })
})

describe('undo and redo', () => {
  const edit = (value: number | null, before: number | null): CellEdit => ({
    unitId: 'u',
    criterionId: 'c',
    side: 'self',
    value,
    before
  })

  it('undoes the last save back to the earlier values, then redoes it', () => {
    const h = new UndoHistory()
    h.record([edit(900, null)])
    h.record([edit(950, 900), edit(null, 700)])
    expect(h.peekUndo()).toEqual([edit(700, null), edit(900, 950)])
    h.commitUndo()
    expect(h.peekUndo()).toEqual([edit(null, 900)])
    expect(h.peekRedo()).toEqual([edit(950, 900), edit(null, 700)])
    h.commitRedo()
    expect(h.canRedo).toBe(false)
  })

  it('forgets what was undone when something new is saved, and ignores saves that change nothing', () => {
    const h = new UndoHistory()
    h.record([edit(900, null)])
    h.commitUndo()
    h.record([edit(800, 800)])
    expect(h.canRedo).toBe(true)
    h.record([edit(800, null)])
    expect(h.canRedo).toBe(false)
  })

  it('takes any batch back to where it started', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.option(fc.integer({ min: 0, max: 100 })),
            fc.option(fc.integer({ min: 0, max: 100 }))
          )
        ),
        (pairs) => {
          const batch = pairs.map(([v, b]) => edit(v, b))
          return JSON.stringify(inverse(inverse(batch))) === JSON.stringify(batch)
        }
      )
    )
  })
})

describe('the virtualised layout', () => {
  it('keeps the space of what is off screen before and after what is drawn', () => {
    const items = [
      { start: 544, end: 608 },
      { start: 608, end: 672 }
    ]
    expect(pads(items, 480, 4320)).toEqual([64, 3648])
    expect(pads([], 480, 4320)).toEqual([0, 0])
  })

  it('finds a cell from its id and no other element', () => {
    expect(cellAt(cellId(12, 3))).toEqual({ row: 12, col: 3 })
    expect(cellAt('score-cell-x-1')).toBeNull()
  })
})

describe('what a row of the grid shows its total is made of', () => {
  const plan = compileCriteria(sampleCriteria())
  const totals = (bonus: number, penalty: number) =>
    computeUnitTotals(
      plan,
      { ...RULES, bonusCap: 300, penaltyCap: null },
      {
        leaves: [1000, 1500, 1500, 2000, 3500],
        bonus: [bonus],
        bonusOther: 0,
        penalty: [penalty],
        penaltyOther: 0
      }
    )

  it('adds up to the total: criteria + bonus − penalty', () => {
    for (const [bonus, penalty] of [
      [300, 0],
      [200, 150],
      [500, 0]
    ] as const) {
      const t = totals(bonus, penalty)
      const parts = totalParts(t, 1)
      expect(parts.base + parts.bonus - parts.penalty).toBe(t.total)
    }
    expect(totalParts(totals(300, 0), 1)).toMatchObject({ base: 9500, bonus: 300, penalty: 0 })
  })

  it('says why a capped bonus counts less than its items', () => {
    // The bonus criterion allows 5 points, the year only 3.
    const parts = totalParts(totals(500, 0), 1)
    expect(parts.bonus).toBe(300)
    expect(parts.bonusNote).toBe('Điểm cộng 5,0, tính tối đa 3,0')
    expect(totalParts(totals(200, 0), 1).bonusNote).toBe('')
  })

  it('says on the penalty when it takes the total below zero and the rules count 0', () => {
    const t = computeUnitTotals(
      plan,
      { ...RULES, penaltyCap: null, floorAtZero: true },
      {
        leaves: [100, 0, 0, 0, 0],
        bonus: [0],
        bonusOther: 0,
        penalty: [300],
        penaltyOther: 0
      }
    )
    expect(t.total).toBe(0)
    expect(totalParts(t, 1)).toMatchObject({
      base: 100,
      penalty: 300,
      penaltyNote: 'Tổng âm, tính 0 điểm'
    })
  })
})
