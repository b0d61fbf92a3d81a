import type {
  Ballot,
  BallotSection,
  CandidateFigures,
  InvalidReason,
  Mark,
  Paper,
  TallyEntry,
  Totals,
  WrittenOpinion
} from './model'
import { INVALID_REASONS } from './model'

/**
 * From papers to figures (year-end.md §B.4–B.5): each paper is judged under the ballot's validity
 * rules — void as a whole with one reason, void in one section, a row void — and the counted marks
 * add up to the figures of an entry. An entry typed as totals gives the same figures directly, so
 * both kinds of entry are compared and counted alike.
 */

/** A row as counted: for, against, or neither (left blank, or a void row). */
export type CountedMark = 'agree' | 'disagree' | 'blank'

export interface SectionJudgement {
  /** The section's marks did not count on this paper (more choices than allowed). */
  void: boolean
  /** unit id → how the row counts (absent when the section is void). */
  counted: Record<string, CountedMark>
  /** Rows that could not be read and were voided on their own. */
  voidRows: number
}

export type PaperJudgement =
  | { valid: false; reason: InvalidReason }
  | { valid: true; sections: Record<string, SectionJudgement> }

/** The mark of a row; an unmarked row is blank on a tick paper and kept on a strike paper. */
export function markOf(
  ballot: Pick<Ballot, 'marking'>,
  marks: Paper['marks'],
  sectionKey: string,
  unitId: string
): Mark {
  const mark = marks[sectionKey]?.[unitId]
  if (ballot.marking === 'strike') return mark === 'blank' || mark === undefined ? 'agree' : mark
  return mark ?? 'blank'
}

/** Whether a paper says nothing: no tick at all, or every name struck out. */
function isBlankPaper(ballot: Pick<Ballot, 'marking' | 'sections'>, marks: Paper['marks']) {
  const empty: Mark = ballot.marking === 'tick' ? 'blank' : 'disagree'
  return ballot.sections.every((s) =>
    s.candidates.every((c) => markOf(ballot, marks, s.key, c.unitId) === empty)
  )
}

const agreeCount = (
  ballot: Pick<Ballot, 'marking'>,
  marks: Paper['marks'],
  section: BallotSection
) =>
  section.candidates.filter((c) => markOf(ballot, marks, section.key, c.unitId) === 'agree').length

/**
 * Judges one paper. The reasons are looked at in a fixed order — the form and stamp, added
 * names, identifying marks, another defect the board names, a blank paper, an unreadable row
 * (when rows are not voided on their own), too many choices (when that voids the paper) — and the
 * first that applies is the paper's one reason. A rule switched off is never a reason.
 */
export function judgePaper(
  ballot: Pick<Ballot, 'marking' | 'sections' | 'validity'>,
  paper: Pick<Paper, 'marks'> & Partial<Omit<Paper, 'marks'>>
): PaperJudgement {
  const v = ballot.validity
  const marks = paper.marks
  if (v.requireStamp && paper.noStamp) return { valid: false, reason: 'no-stamp' }
  if (v.extraNames && paper.extraNames) return { valid: false, reason: 'extra-names' }
  if (v.identifyingMarks && paper.identifyingMarks) return { valid: false, reason: 'marked' }
  if (paper.otherDefect) return { valid: false, reason: 'other' }
  if (v.blankInvalid && isBlankPaper(ballot, marks)) return { valid: false, reason: 'blank' }
  const unclear = ballot.sections.some((s) =>
    s.candidates.some((c) => markOf(ballot, marks, s.key, c.unitId) === 'unclear')
  )
  if (unclear && !v.rowLevelValidity) return { valid: false, reason: 'unclear' }
  const over = ballot.sections.filter((s) => agreeCount(ballot, marks, s) > s.maxChoices)
  if (over.length > 0 && v.overLimit === 'ballot') return { valid: false, reason: 'over-limit' }
  const sections: Record<string, SectionJudgement> = {}
  for (const section of ballot.sections) {
    if (v.overLimit === 'section' && over.includes(section)) {
      sections[section.key] = { void: true, counted: {}, voidRows: 0 }
      continue
    }
    const counted: Record<string, CountedMark> = {}
    let voidRows = 0
    for (const c of section.candidates) {
      const mark = markOf(ballot, marks, section.key, c.unitId)
      if (mark === 'unclear') voidRows++
      counted[c.unitId] = mark === 'unclear' ? 'blank' : mark
    }
    sections[section.key] = { void: false, counted, voidRows }
  }
  return { valid: true, sections }
}

/** The figures of one section: papers counted in it, papers void in it, and each row's count. */
export interface SectionFigures {
  /** Valid papers whose marks in this section count. */
  valid: number
  /** Valid papers void in this section only. */
  void: number
  /** Rows voided on their own (counted as blank), for the record. */
  voidRows: number
  candidates: Record<string, CandidateFigures>
}

/** Everything an entry says, in one shape whichever way it was typed. */
export interface EntryFigures {
  valid: number
  invalid: number
  invalidByReason: Record<InvalidReason, number>
  /** The board's notes on papers void for another reason. */
  otherNotes: string[]
  sections: Record<string, SectionFigures>
  /** Written opinions of absent electors, judged like papers, per section. */
  written: {
    count: number
    /** Written opinions that were void as a whole, with their reasons. */
    invalid: number
    sections: Record<string, SectionFigures>
  }
}

const zeroReasons = () =>
  Object.fromEntries(INVALID_REASONS.map((r) => [r, 0])) as Record<InvalidReason, number>

function emptySections(ballot: Pick<Ballot, 'sections'>): Record<string, SectionFigures> {
  return Object.fromEntries(
    ballot.sections.map((s) => [
      s.key,
      {
        valid: 0,
        void: 0,
        voidRows: 0,
        candidates: Object.fromEntries(
          s.candidates.map((c) => [c.unitId, { agree: 0, disagree: 0, blank: 0 }])
        )
      }
    ])
  )
}

/** Adds the judged papers into section figures; returns how many were void and why. */
function addPapers(
  ballot: Pick<Ballot, 'marking' | 'sections' | 'validity'>,
  papers: Array<Pick<Paper, 'marks'> & Partial<Omit<Paper, 'marks'>>>,
  into: Record<string, SectionFigures>,
  reasons: Record<InvalidReason, number>,
  notes: string[]
): { valid: number; invalid: number } {
  let valid = 0
  let invalid = 0
  for (const paper of papers) {
    const judged = judgePaper(ballot, paper)
    if (!judged.valid) {
      invalid++
      reasons[judged.reason]++
      if (judged.reason === 'other' && paper.otherDefect) notes.push(paper.otherDefect)
      continue
    }
    valid++
    for (const [key, part] of Object.entries(judged.sections)) {
      const figures = into[key]!
      if (part.void) {
        figures.void++
        continue
      }
      figures.valid++
      figures.voidRows += part.voidRows
      for (const [unitId, mark] of Object.entries(part.counted)) figures.candidates[unitId]![mark]++
    }
  }
  return { valid, invalid }
}

function figuresFromTotals(
  ballot: Pick<Ballot, 'sections'>,
  totals: Totals
): Pick<EntryFigures, 'valid' | 'invalid' | 'invalidByReason' | 'otherNotes' | 'sections'> {
  const invalidByReason = zeroReasons()
  for (const paper of totals.invalid) invalidByReason[paper.reason]++
  const sections = emptySections(ballot)
  for (const section of ballot.sections) {
    const given = totals.sections[section.key]
    const figures = sections[section.key]!
    figures.void = given?.void ?? 0
    figures.valid = Math.max(0, totals.valid - figures.void)
    for (const c of section.candidates) {
      const row = given?.candidates[c.unitId]
      if (row) figures.candidates[c.unitId] = { ...row }
    }
  }
  return {
    valid: totals.valid,
    invalid: totals.invalid.length,
    invalidByReason,
    otherNotes: totals.invalid.filter((p) => p.reason === 'other' && p.note).map((p) => p.note),
    sections
  }
}

/** The figures of an entry, from its papers or its totals, with its written opinions. */
export function entryFigures(
  ballot: Pick<Ballot, 'marking' | 'sections' | 'validity'>,
  entry: Pick<TallyEntry, 'mode' | 'papers' | 'totals' | 'written'>
): EntryFigures {
  let head: Pick<EntryFigures, 'valid' | 'invalid' | 'invalidByReason' | 'otherNotes' | 'sections'>
  if (entry.mode === 'totals' && entry.totals) {
    head = figuresFromTotals(ballot, entry.totals)
  } else {
    const sections = emptySections(ballot)
    const invalidByReason = zeroReasons()
    const otherNotes: string[] = []
    const counted = addPapers(ballot, entry.papers, sections, invalidByReason, otherNotes)
    head = { ...counted, invalidByReason, otherNotes, sections }
  }
  const writtenSections = emptySections(ballot)
  const written = addPapers(
    ballot,
    entry.written as WrittenOpinion[],
    writtenSections,
    zeroReasons(),
    []
  )
  return {
    ...head,
    written: {
      count: entry.written.length,
      invalid: written.invalid,
      sections: writtenSections
    }
  }
}

/** The papers of an entry turned into totals: what a totals entry of the same count would say. */
export function totalsFromPapers(
  ballot: Pick<Ballot, 'marking' | 'sections' | 'validity'>,
  papers: Paper[]
): Totals {
  const figures = entryFigures(ballot, { mode: 'papers', papers, totals: null, written: [] })
  const invalid: Totals['invalid'] = []
  for (const paper of papers) {
    const judged = judgePaper(ballot, paper)
    if (!judged.valid) invalid.push({ reason: judged.reason, note: paper.otherDefect ?? '' })
  }
  return {
    valid: figures.valid,
    invalid,
    sections: Object.fromEntries(
      Object.entries(figures.sections).map(([key, s]) => [
        key,
        { void: s.void, candidates: s.candidates }
      ])
    )
  }
}
