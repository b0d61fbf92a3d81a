import { formatDateVi } from '../text/dates'
import { formatNumber } from '../text/vietnamese'
import type { EvidenceRef, ScoreAdjustment, ScoreEntry } from './model'
import type { CriteriaPlan } from './plan'
import { formatScore, type Decimals, type Hundredths } from './points'

/** A base criterion as a returned score sheet gives it. */
export interface ImportedEntry {
  criterionId: string
  target: number | null
  actual: number | null
  selfScore: Hundredths | null
  selfNote: string
  evidence: EvidenceRef[]
}

/** A bonus or penalty criterion's line of a returned sheet: the points claimed, why, the proof. */
export interface ImportedItem {
  criterionId: string
  kind: 'bonus' | 'penalty'
  selfPoints: Hundredths | null
  reason: string
  evidence: EvidenceRef[]
}

/** What a returned score sheet says, before anything is recorded. */
export interface ImportedScores {
  entries: ImportedEntry[]
  items: ImportedItem[]
  signerName: string
  signedOn: string
}

export type DifferenceField =
  'selfScore' | 'target' | 'actual' | 'selfNote' | 'evidence' | 'points' | 'reason'

export const DIFFERENCE_FIELD_LABELS: Record<DifferenceField, string> = {
  selfScore: 'Điểm tự chấm',
  target: 'Chỉ tiêu',
  actual: 'Kết quả',
  selfNote: 'Ghi chú',
  evidence: 'Minh chứng',
  points: 'Điểm đề nghị',
  reason: 'Nội dung'
}

/** One value that the returned sheet would change, shown for the secretary to confirm. */
export interface ScoreDifference {
  criterionId: string
  /** `I.2`, `Điểm cộng 1`. */
  label: string
  text: string
  field: DifferenceField
  /** As recorded and as returned, worded for the screen (`chưa có` for nothing). */
  before: string
  after: string
}

const NOTHING = 'chưa có'

/** `Văn bản số 12/BC-MTTQ ngày 15/3/2024; tệp bao-cao.pdf, tr. 3`, one reference per `; `. */
export function evidenceWords(list: EvidenceRef[]): string {
  return list
    .map((e) =>
      [
        e.documentNumber ? `Văn bản số ${e.documentNumber}` : '',
        e.documentDate ? `ngày ${formatDateVi(e.documentDate)}` : '',
        e.fileName ? `tệp ${e.fileName}` : '',
        e.page ? `tr. ${e.page}` : ''
      ]
        .filter(Boolean)
        .join(', ')
        .replace(/^Văn bản số ([^,]+), ngày/, 'Văn bản số $1 ngày')
    )
    .filter(Boolean)
    .join('; ')
}

const quantity = (value: number | null) =>
  value === null ? NOTHING : formatNumber(value, Number.isInteger(value) ? 0 : 2)

/**
 * The differences between what is recorded for a unit and what its returned sheet says, in the
 * order of the score table: per base criterion the score, chỉ tiêu, kết quả, note and evidence;
 * per bonus or penalty criterion the points the unit claims (its own items added up), their
 * wording and evidence. A pure function: merging is the repository's job, after the secretary
 * confirms.
 */
export function diffImportedScores(
  plan: CriteriaPlan,
  decimals: Decimals,
  current: {
    entries: Array<
      Pick<ScoreEntry, 'criterionId' | 'target' | 'actual' | 'selfScore' | 'selfNote' | 'evidence'>
    >
    adjustments: Array<
      Pick<
        ScoreAdjustment,
        'criterionId' | 'kind' | 'proposedBy' | 'selfPoints' | 'reason' | 'evidence'
      >
    >
  },
  imported: Pick<ImportedScores, 'entries' | 'items'>
): ScoreDifference[] {
  const score = (value: Hundredths | null) =>
    value === null ? NOTHING : formatScore(value, decimals)
  const text = (value: string) => (value === '' ? NOTHING : value)
  const entryOf = new Map(current.entries.map((e) => [e.criterionId, e]))
  const importedEntry = new Map(imported.entries.map((e) => [e.criterionId, e]))
  const importedItem = new Map(imported.items.map((i) => [i.criterionId, i]))
  const out: ScoreDifference[] = []
  for (const row of plan.rows) {
    const push = (field: DifferenceField, before: string, after: string) => {
      if (before !== after)
        out.push({
          criterionId: row.id,
          label: row.fullLabel,
          text: row.text,
          field,
          before,
          after
        })
    }
    if (row.kind === 'base') {
      const next = importedEntry.get(row.id)
      if (!next) continue
      const was = entryOf.get(row.id)
      push('selfScore', score(was?.selfScore ?? null), score(next.selfScore))
      push('target', quantity(was?.target ?? null), quantity(next.target))
      push('actual', quantity(was?.actual ?? null), quantity(next.actual))
      push('selfNote', text(was?.selfNote ?? ''), text(next.selfNote))
      push('evidence', text(evidenceWords(was?.evidence ?? [])), text(evidenceWords(next.evidence)))
    } else if (row.kind === 'bonus' || row.kind === 'penalty') {
      const next = importedItem.get(row.id)
      if (!next) continue
      const own = current.adjustments.filter(
        (a) => a.criterionId === row.id && a.kind === row.kind && a.proposedBy === 'unit'
      )
      const claimed = own.some((a) => a.selfPoints !== null)
        ? own.reduce((sum, a) => sum + (a.selfPoints ?? 0), 0)
        : null
      push('points', score(claimed), score(next.selfPoints))
      push('reason', text(own.map((a) => a.reason).join('; ')), text(next.reason))
      push(
        'evidence',
        text(evidenceWords(own.flatMap((a) => a.evidence))),
        text(evidenceWords(next.evidence))
      )
    }
  }
  return out
}
