import type {
  Ballot,
  BallotCount,
  BoardMember,
  InvalidReason,
  Mark,
  TallyEntry,
  Totals,
  WrittenOpinion
} from '@core/ballot/model'
import { parseWholeNumber } from '@core/text/numbers'
import { normalizeLine } from '@core/text/normalize'
import type { FieldIssue } from '@core/model/validation'
import type { CountSetup } from '../../db/repositories/ballots-repo'

/**
 * The count forms (Kiểm phiếu), pure: the board and the papers, and one board member's entry of
 * the tallies as totals — valid papers, each invalid paper with its reason, and per unit the
 * papers that agreed, disagreed or left it blank. Everything is typed as text and read here into
 * whole numbers, each problem named beside its field.
 */

export interface BoardRow {
  name: string
  position: string
  unitId: string
  role: BoardMember['role']
}

export interface SetupForm {
  board: BoardRow[]
  ballotsIssued: string
  ballotsReturned: string
  startTime: string
  endTime: string
  doubleEntry: boolean
  keptBy: string
}

const emptyRow = (role: BoardMember['role']): BoardRow => ({
  name: '',
  position: '',
  unitId: '',
  role
})

export function setupForm(count: BallotCount | undefined, ballot: Ballot): SetupForm {
  if (!count)
    return {
      board: [emptyRow('head'), emptyRow('member'), emptyRow('member')],
      ballotsIssued: String(ballot.electors),
      ballotsReturned: '',
      startTime: '',
      endTime: '',
      doubleEntry: true,
      keptBy: ''
    }
  return {
    board: count.board.map((m) => ({
      name: m.name,
      position: m.position,
      unitId: m.unitId,
      role: m.role
    })),
    ballotsIssued: String(count.ballotsIssued),
    ballotsReturned: String(count.ballotsReturned),
    startTime: count.startTime,
    endTime: count.endTime,
    doubleEntry: count.doubleEntry,
    keptBy: count.keptBy
  }
}

function readWhole(text: string, field: string, label: string, issues: FieldIssue[]): number {
  const value = parseWholeNumber(text)
  if (Number.isNaN(value)) {
    issues.push({ field, message: `${label}: nhập một số nguyên (0 nếu không có).` })
    return 0
  }
  return value
}

export function setupFromForm(form: SetupForm): { setup: CountSetup | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const ballotsIssued = readWhole(form.ballotsIssued, 'ballotsIssued', 'Số phiếu phát ra', issues)
  const ballotsReturned = readWhole(
    form.ballotsReturned,
    'ballotsReturned',
    'Số phiếu thu vào',
    issues
  )
  const board = form.board.filter((m) => m.name.trim() !== '')
  if (board.length === 0)
    issues.push({ field: 'board', message: 'Ban kiểm phiếu: ghi ít nhất một người.' })
  if (issues.length) return { setup: null, issues }
  return {
    setup: {
      board: board.map((m) => ({ ...m, unitName: '' })),
      present: null,
      ballotsIssued,
      ballotsReturned,
      startTime: form.startTime,
      endTime: form.endTime,
      doubleEntry: form.doubleEntry,
      keptBy: form.keptBy
    },
    issues
  }
}

/** One cell per figure: section key → unit id → agree / disagree / blank as typed. */
export interface TotalsForm {
  enteredBy: string
  valid: string
  invalid: Array<{ reason: InvalidReason; note: string }>
  sections: Record<string, { void: string; rows: Record<string, Record<Figure, string>> }>
  /** Written opinions (phiếu lấy ý kiến) of absent electors, as read from each signed opinion. */
  written: WrittenRow[]
}

/** One written opinion: who sent it and its mark per unit, for the sections that count it. */
export interface WrittenRow {
  unitId: string
  fromName: string
  marks: Record<string, Record<string, Mark>>
}

/**
 * The sections where a written opinion of an absent elector counts: those whose share is taken
 * on all members ("tính trên tổng số thành viên", year-end.md §B.2). A share on those present or
 * on the valid papers leaves the absent out, so their opinion is recorded but not counted.
 */
export function writtenSections(ballot: Ballot): Ballot['sections'] {
  return ballot.sections.filter((s) => s.rule.denominator === 'members')
}

/** A new written opinion, each row marked as an unmarked row of the paper reads (blank, or kept). */
export function newWrittenRow(ballot: Ballot, unitId = ''): WrittenRow {
  const unmarked: Mark = ballot.marking === 'strike' ? 'agree' : 'blank'
  return {
    unitId,
    fromName: '',
    marks: Object.fromEntries(
      writtenSections(ballot).map((s) => [
        s.key,
        Object.fromEntries(s.candidates.map((c) => [c.unitId, unmarked]))
      ])
    )
  }
}

function writtenFromForm(
  ballot: Ballot,
  rows: WrittenRow[],
  issues: FieldIssue[]
): WrittenOpinion[] {
  return rows.map((row, i) => {
    const fromName = normalizeLine(row.fromName)
    if (ballot.electorBasis === 'unit' ? !row.unitId : !fromName)
      issues.push({
        field: `written.${i}`,
        message: `Ý kiến bằng văn bản thứ ${i + 1}: ${ballot.electorBasis === 'unit' ? 'chọn đơn vị vắng mặt đã gửi' : 'ghi họ tên người gửi'}.`
      })
    const marks: WrittenOpinion['marks'] = {}
    for (const section of writtenSections(ballot))
      marks[section.key] = Object.fromEntries(
        section.candidates.map((c) => [c.unitId, row.marks[section.key]?.[c.unitId] ?? 'blank'])
      )
    return { unitId: ballot.electorBasis === 'unit' ? row.unitId : '', fromName, marks }
  })
}

export type Figure = 'agree' | 'disagree' | 'blank'
export const FIGURES: Figure[] = ['agree', 'disagree', 'blank']

export function totalsForm(ballot: Ballot, entry: TallyEntry | undefined): TotalsForm {
  const t = entry?.totals
  return {
    written: (entry?.written ?? []).map((w) => ({
      ...newWrittenRow(ballot, w.unitId),
      fromName: w.fromName,
      marks: Object.fromEntries(
        Object.entries(newWrittenRow(ballot).marks).map(([key, row]) => [
          key,
          { ...row, ...w.marks[key] }
        ])
      )
    })),
    enteredBy: entry ? String(entry.enteredBy) : '',
    valid: t ? String(t.valid) : '',
    invalid: t ? t.invalid.map((i) => ({ ...i })) : [],
    sections: Object.fromEntries(
      ballot.sections.map((s) => [
        s.key,
        {
          void: t ? String(t.sections[s.key]?.void ?? 0) : '0',
          rows: Object.fromEntries(
            s.candidates.map((c) => {
              const f = t?.sections[s.key]?.candidates[c.unitId]
              return [
                c.unitId,
                {
                  agree: f ? String(f.agree) : '',
                  disagree: f ? String(f.disagree) : '',
                  blank: f ? String(f.blank) : ''
                }
              ]
            })
          )
        }
      ])
    )
  }
}

/**
 * The entry the form holds, or what is wrong with it. The sums (a row adding up to the valid
 * papers, choices within the limit) are the core's checks, run when the count is compared.
 */
export function entryFromForm(
  ballot: Ballot,
  form: TotalsForm
): { entry: Omit<TallyEntry, 'savedAt'> | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const enteredBy = parseWholeNumber(form.enteredBy)
  if (Number.isNaN(enteredBy))
    issues.push({ field: 'enteredBy', message: 'Người nhập: chọn thành viên Ban kiểm phiếu.' })
  const valid = readWhole(form.valid, 'valid', 'Số phiếu hợp lệ', issues)
  const sections: Totals['sections'] = {}
  for (const section of ballot.sections) {
    const typed = form.sections[section.key]
    const candidates: Totals['sections'][string]['candidates'] = {}
    for (const c of section.candidates) {
      const row = typed?.rows[c.unitId]
      const figure = (f: Figure, label: string) =>
        readWhole(row?.[f] ?? '', `${section.key}.${c.unitId}.${f}`, `${c.label}: ${label}`, issues)
      candidates[c.unitId] = {
        agree: figure('agree', 'số phiếu đồng ý'),
        disagree: figure('disagree', 'số phiếu không đồng ý'),
        blank: figure('blank', 'số phiếu để trống')
      }
    }
    sections[section.key] = {
      void: readWhole(typed?.void ?? '0', `${section.key}.void`, section.title, issues),
      candidates
    }
  }
  const written = writtenFromForm(ballot, form.written, issues)
  if (issues.length) return { entry: null, issues }
  return {
    entry: {
      enteredBy,
      mode: 'totals',
      totals: { valid, invalid: form.invalid, sections },
      papers: [],
      written
    },
    issues
  }
}
