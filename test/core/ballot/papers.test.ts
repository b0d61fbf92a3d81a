import { describe, expect, it } from 'vitest'
import { entryFigures, judgePaper, totalsFromPapers } from '@core/ballot/papers'
import { entry, paper, twoSections } from './fixtures'

const full = {
  lead: { u1: 'agree', u2: 'disagree' },
  merit: { u3: 'agree', u4: 'agree', u5: 'disagree' }
} as const

describe('judgePaper: the validity rules of year-end.md §B.4, each of which can be switched off', () => {
  it('counts a correctly marked paper row by row', () => {
    const judged = judgePaper(twoSections(), paper(full))
    expect(judged).toEqual({
      valid: true,
      sections: {
        lead: { void: false, voidRows: 0, counted: { u1: 'agree', u2: 'disagree' } },
        merit: { void: false, voidRows: 0, counted: { u3: 'agree', u4: 'agree', u5: 'disagree' } }
      }
    })
  })

  it.each([
    ['requireStamp', { noStamp: true }, 'no-stamp'],
    ['extraNames', { extraNames: true }, 'extra-names'],
    ['identifyingMarks', { identifyingMarks: true }, 'marked']
  ] as const)(
    '%s: a paper with the defect is void, and counts when the rule is off',
    (rule, defect, reason) => {
      expect(judgePaper(twoSections(), paper(full, defect))).toEqual({ valid: false, reason })
      const off = twoSections({ validity: { ...twoSections().validity, [rule]: false } })
      expect(judgePaper(off, paper(full, defect)).valid).toBe(true)
    }
  )

  it('voids a paper the board names another reason for, whatever the rules', () => {
    expect(
      judgePaper(twoSections(), paper(full, { otherDefect: 'Phiếu rách mất một phần' }))
    ).toEqual({
      valid: false,
      reason: 'other'
    })
  })

  it('a blank paper is void by default; when allowed, a tick paper counts as blank and a strike paper as against all', () => {
    expect(judgePaper(twoSections(), paper({}))).toEqual({ valid: false, reason: 'blank' })
    const allowed = twoSections({ validity: { ...twoSections().validity, blankInvalid: false } })
    const tick = judgePaper(allowed, paper({}))
    expect(tick.valid && tick.sections.merit!.counted).toEqual({
      u3: 'blank',
      u4: 'blank',
      u5: 'blank'
    })
    const strike = { ...allowed, marking: 'strike' as const }
    const struck = paper({
      lead: { u1: 'disagree', u2: 'disagree' },
      merit: { u3: 'disagree', u4: 'disagree', u5: 'disagree' }
    })
    expect(judgePaper({ ...strike, validity: twoSections().validity }, struck)).toEqual({
      valid: false,
      reason: 'blank'
    })
    const counted = judgePaper(strike, struck)
    expect(counted.valid && counted.sections.lead!.counted).toEqual({
      u1: 'disagree',
      u2: 'disagree'
    })
  })

  it('on a strike paper a name left alone is kept (agreed), so an untouched paper agrees with everyone', () => {
    const strike = twoSections({
      marking: 'strike',
      validity: { ...twoSections().validity, overLimit: 'off' }
    })
    const judged = judgePaper(strike, paper({}))
    expect(judged.valid && judged.sections.merit!.counted).toEqual({
      u3: 'agree',
      u4: 'agree',
      u5: 'agree'
    })
  })

  it('too many choices in a section voids the paper, only that section, or nothing, as set', () => {
    const over = paper({ lead: { u1: 'agree', u2: 'agree' }, merit: { u3: 'agree' } })
    expect(judgePaper(twoSections(), over)).toEqual({ valid: false, reason: 'over-limit' })
    const section = twoSections({ validity: { ...twoSections().validity, overLimit: 'section' } })
    const judged = judgePaper(section, over)
    expect(judged.valid && judged.sections.lead).toEqual({ void: true, counted: {}, voidRows: 0 })
    expect(judged.valid && judged.sections.merit!.counted.u3).toBe('agree')
    const off = twoSections({ validity: { ...twoSections().validity, overLimit: 'off' } })
    const counted = judgePaper(off, over)
    expect(counted.valid && counted.sections.lead!.counted).toEqual({ u1: 'agree', u2: 'agree' })
  })

  it('an unreadable row voids only that row (counted as blank) or, with row-level validity off, the paper', () => {
    const unclear = paper({ ...full, merit: { ...full.merit, u5: 'unclear' } })
    const judged = judgePaper(twoSections(), unclear)
    expect(judged.valid && judged.sections.merit).toEqual({
      void: false,
      voidRows: 1,
      counted: { u3: 'agree', u4: 'agree', u5: 'blank' }
    })
    const strict = twoSections({ validity: { ...twoSections().validity, rowLevelValidity: false } })
    expect(judgePaper(strict, unclear)).toEqual({ valid: false, reason: 'unclear' })
  })
})

describe('entryFigures', () => {
  const ballot = twoSections({ validity: { ...twoSections().validity, overLimit: 'section' } })
  const papers = [
    paper(full),
    paper(full, { extraNames: true }),
    paper({
      lead: { u1: 'agree', u2: 'agree' },
      merit: { u3: 'agree', u4: 'disagree', u5: 'disagree' }
    }),
    paper({ lead: { u2: 'agree', u1: 'disagree' }, merit: { u3: 'unclear', u4: 'agree' } })
  ]

  it('adds judged papers into per-section figures, with void papers by reason', () => {
    const f = entryFigures(ballot, entry({ papers }))
    expect([f.valid, f.invalid, f.invalidByReason['extra-names']]).toEqual([3, 1, 1])
    expect(f.sections.lead).toEqual({
      valid: 2,
      void: 1,
      voidRows: 0,
      candidates: {
        u1: { agree: 1, disagree: 1, blank: 0 },
        u2: { agree: 1, disagree: 1, blank: 0 }
      }
    })
    expect(f.sections.merit!.candidates).toEqual({
      u3: { agree: 2, disagree: 0, blank: 1 },
      u4: { agree: 2, disagree: 1, blank: 0 },
      u5: { agree: 0, disagree: 2, blank: 1 }
    })
    expect(f.sections.merit!.voidRows).toBe(1)
  })

  it('gives the same figures from the papers and from the totals they add up to', () => {
    const fromPapers = entryFigures(ballot, entry({ papers }))
    const fromTotals = entryFigures(
      ballot,
      entry({ mode: 'totals', totals: totalsFromPapers(ballot, papers) })
    )
    expect({ ...fromTotals, sections: strip(fromTotals.sections) }).toEqual({
      ...fromPapers,
      sections: strip(fromPapers.sections)
    })
  })

  it('judges written opinions like papers, apart from the papers of the box', () => {
    const f = entryFigures(
      ballot,
      entry({ papers, written: [{ unitId: 'u6', fromName: '', marks: full }] })
    )
    expect(f.valid).toBe(3)
    expect(f.written.count).toBe(1)
    expect(f.written.sections.lead!.candidates.u1).toEqual({ agree: 1, disagree: 0, blank: 0 })
  })
})

/** Void rows are known only paper by paper; totals do not carry them. */
function strip(sections: ReturnType<typeof entryFigures>['sections']) {
  return Object.fromEntries(Object.entries(sections).map(([k, s]) => [k, { ...s, voidRows: 0 }]))
}
