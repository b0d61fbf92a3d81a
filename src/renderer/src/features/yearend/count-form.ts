import type {
  Ballot,
  BallotCount,
  BoardMember,
  InvalidReason,
  TallyEntry,
  Totals
} from '@core/ballot/model'
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

const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN)

function readWhole(text: string, field: string, label: string, issues: FieldIssue[]): number {
  const value = whole(text)
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
}

export type Figure = 'agree' | 'disagree' | 'blank'
export const FIGURES: Figure[] = ['agree', 'disagree', 'blank']

export function totalsForm(ballot: Ballot, entry: TallyEntry | undefined): TotalsForm {
  const t = entry?.totals
  return {
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
  const enteredBy = whole(form.enteredBy)
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
  if (issues.length) return { entry: null, issues }
  return {
    entry: {
      enteredBy,
      mode: 'totals',
      totals: { valid, invalid: form.invalid, sections },
      papers: [],
      written: []
    },
    issues
  }
}
