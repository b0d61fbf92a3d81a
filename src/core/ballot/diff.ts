import {
  ballotCountSchema,
  type Ballot,
  type BallotCount,
  type InvalidReason,
  type Paper,
  type TallyEntry
} from './model'
import { INVALID_REASONS } from './model'
import { entryFigures, markOf, type EntryFigures, type SectionFigures } from './papers'
import { candidateLabel, INVALID_REASON_LABELS, MARK_LABELS, sectionName } from './words'

/**
 * Double entry (issue 15 §2): two members of the Ban kiểm phiếu enter the tallies separately and
 * the app compares them. Every difference is listed — which section, which unit, which figure,
 * what entry A says and what entry B says — and, when both typed the papers one by one, which
 * paper differs, so the board can find it in the pile. No result is produced while any remains.
 */

export type FigureName =
  | 'valid'
  | 'invalid'
  | `invalid:${InvalidReason}`
  | 'void'
  | 'agree'
  | 'disagree'
  | 'blank'
  | 'written'

const FIGURE_WORDS: Record<
  'valid' | 'invalid' | 'void' | 'agree' | 'disagree' | 'blank' | 'written',
  string
> = {
  valid: 'số phiếu hợp lệ',
  invalid: 'số phiếu không hợp lệ',
  void: 'số phiếu không hợp lệ ở mục này',
  agree: 'số phiếu đồng ý',
  disagree: 'số phiếu không đồng ý',
  blank: 'số phiếu để trống',
  written: 'số phiếu lấy ý kiến bằng văn bản'
}

export interface EntryDifference {
  /** Papers of the box, or the written opinions of absent electors. */
  source: 'ballots' | 'written'
  /** Empty for the paper counts. */
  sectionKey: string
  unitId: string
  figure: FigureName
  a: number
  b: number
  /** `Mục II. Đề nghị tặng Bằng khen — Ủy ban MTTQ Việt Nam quận Ba Đình: số phiếu đồng ý, A nhập 4, B nhập 3.` */
  message: string
}

export interface PaperDifference {
  /** 1-based position of the paper in the order both entered them. */
  paper: number
  sectionKey: string
  unitId: string
  /** What each entry recorded for the row, or for a defect of the paper. */
  a: string
  b: string
  message: string
}

export interface EntriesComparison {
  agree: boolean
  differences: EntryDifference[]
  /** Only when both entries typed the papers and typed the same number of them. */
  papers: PaperDifference[]
}

function sectionDifferences(
  ballot: Pick<Ballot, 'sections'>,
  source: EntryDifference['source'],
  a: Record<string, SectionFigures>,
  b: Record<string, SectionFigures>,
  out: EntryDifference[]
) {
  const prefix = source === 'written' ? 'Phiếu lấy ý kiến bằng văn bản, ' : ''
  for (const section of ballot.sections) {
    const sa = a[section.key]!
    const sb = b[section.key]!
    const where = `${prefix}${sectionName(ballot, section.key)}`
    if (sa.void !== sb.void)
      out.push({
        source,
        sectionKey: section.key,
        unitId: '',
        figure: 'void',
        a: sa.void,
        b: sb.void,
        message: `${where}: ${FIGURE_WORDS.void}, A nhập ${sa.void}, B nhập ${sb.void}.`
      })
    for (const c of section.candidates) {
      for (const figure of ['agree', 'disagree', 'blank'] as const) {
        const va = sa.candidates[c.unitId]![figure]
        const vb = sb.candidates[c.unitId]![figure]
        if (va !== vb)
          out.push({
            source,
            sectionKey: section.key,
            unitId: c.unitId,
            figure,
            a: va,
            b: vb,
            message: `${where} — ${c.label}: ${FIGURE_WORDS[figure]}, A nhập ${va}, B nhập ${vb}.`
          })
      }
    }
  }
}

/** Every figure on which two sets of figures differ. */
export function diffFigures(
  ballot: Pick<Ballot, 'sections'>,
  a: EntryFigures,
  b: EntryFigures
): EntryDifference[] {
  const out: EntryDifference[] = []
  const top = (figure: FigureName, words: string, va: number, vb: number) => {
    if (va !== vb)
      out.push({
        source: figure === 'written' ? 'written' : 'ballots',
        sectionKey: '',
        unitId: '',
        figure,
        a: va,
        b: vb,
        message: `${words[0]!.toLocaleUpperCase('vi')}${words.slice(1)}: A nhập ${va}, B nhập ${vb}.`
      })
  }
  top('valid', FIGURE_WORDS.valid, a.valid, b.valid)
  top('invalid', FIGURE_WORDS.invalid, a.invalid, b.invalid)
  for (const reason of INVALID_REASONS)
    top(
      `invalid:${reason}`,
      `số phiếu không hợp lệ vì ${INVALID_REASON_LABELS[reason]}`,
      a.invalidByReason[reason],
      b.invalidByReason[reason]
    )
  sectionDifferences(ballot, 'ballots', a.sections, b.sections, out)
  top('written', FIGURE_WORDS.written, a.written.count, b.written.count)
  sectionDifferences(ballot, 'written', a.written.sections, b.written.sections, out)
  return out
}

const DEFECTS: Array<[keyof Pick<Paper, 'noStamp' | 'extraNames' | 'identifyingMarks'>, string]> = [
  ['noStamp', 'không đúng mẫu hoặc không có dấu'],
  ['extraNames', 'ghi thêm tên'],
  ['identifyingMarks', 'có dấu hiệu riêng']
]

/** Paper by paper: the rows and defects two entries recorded differently. */
export function diffPapers(
  ballot: Pick<Ballot, 'sections' | 'marking'>,
  a: Paper[],
  b: Paper[]
): PaperDifference[] {
  const out: PaperDifference[] = []
  const yes = (v: boolean | undefined) => (v ? 'có' : 'không')
  a.forEach((pa, i) => {
    const pb = b[i]!
    const n = i + 1
    for (const [field, words] of DEFECTS) {
      if (Boolean(pa[field]) !== Boolean(pb[field]))
        out.push({
          paper: n,
          sectionKey: '',
          unitId: '',
          a: yes(pa[field]),
          b: yes(pb[field]),
          message: `Phiếu thứ ${n}: ${words}: A ghi “${yes(pa[field])}”, B ghi “${yes(pb[field])}”.`
        })
    }
    if ((pa.otherDefect ?? '') !== (pb.otherDefect ?? ''))
      out.push({
        paper: n,
        sectionKey: '',
        unitId: '',
        a: pa.otherDefect || 'không',
        b: pb.otherDefect || 'không',
        message: `Phiếu thứ ${n}: lý do không hợp lệ khác: A ghi “${pa.otherDefect || 'không'}”, B ghi “${pb.otherDefect || 'không'}”.`
      })
    for (const section of ballot.sections) {
      for (const c of section.candidates) {
        const ma = markOf(ballot, pa.marks, section.key, c.unitId)
        const mb = markOf(ballot, pb.marks, section.key, c.unitId)
        if (ma === mb) continue
        const words = MARK_LABELS[ballot.marking]
        out.push({
          paper: n,
          sectionKey: section.key,
          unitId: c.unitId,
          a: words[ma],
          b: words[mb],
          message: `Phiếu thứ ${n}, ${sectionName(ballot, section.key)} — ${candidateLabel(section, c.unitId)}: A ghi “${words[ma]}”, B ghi “${words[mb]}”.`
        })
      }
    }
  })
  return out
}

/**
 * Compares two entries of the same count: their figures (whatever way each was typed) and, when
 * both typed the same number of papers, each paper. They agree only when no figure differs; a
 * paper-level difference that cancels out in the totals (two papers swapped) is still listed so
 * the board can look, but does not by itself stop the result.
 */
export function compareEntries(
  ballot: Pick<Ballot, 'sections' | 'marking' | 'validity'>,
  a: Pick<TallyEntry, 'mode' | 'papers' | 'totals' | 'written'>,
  b: Pick<TallyEntry, 'mode' | 'papers' | 'totals' | 'written'>
): EntriesComparison {
  const differences = diffFigures(ballot, entryFigures(ballot, a), entryFigures(ballot, b))
  const papers =
    a.mode === 'papers' && b.mode === 'papers' && a.papers.length === b.papers.length
      ? diffPapers(ballot, a.papers, b.papers)
      : []
  return { agree: differences.length === 0, differences, papers }
}

/**
 * Settles a disagreement: the board re-reads the papers and one entry is corrected. The count
 * keeps how many figures differed and how it was settled (the record of the reconciliation), so
 * the correction is never silent.
 */
export function correctEntry(
  ballot: Pick<Ballot, 'sections' | 'marking' | 'validity'>,
  count: BallotCount,
  which: 0 | 1,
  corrected: TallyEntry,
  note: string,
  at: string
): BallotCount {
  const [a, b] = count.entries
  if (!a || !b) throw new Error('Chưa có đủ hai lần nhập để đối chiếu.')
  const before = compareEntries(ballot, a, b).differences.length
  if (before === 0) throw new Error('Hai lần nhập đã khớp; không có gì phải đối chiếu.')
  const entries = which === 0 ? [corrected, b] : [a, corrected]
  return ballotCountSchema.parse({
    ...count,
    updatedAt: at,
    entries,
    reconciliations: [...count.reconciliations, { at, differences: before, note }]
  })
}
