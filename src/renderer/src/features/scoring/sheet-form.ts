import type { FieldIssue } from '@core/model/validation'
import { parseNumberVi } from '@core/text/numbers'
import { checkUnitScores } from '@core/scoring/checks'
import type {
  EvidenceRef,
  ScoreAdjustment,
  ScoreEntry,
  ScoreSheet,
  ScoringArithmetic,
  SheetFlag
} from '@core/scoring/model'
import { criterionName, type CriteriaPlan } from '@core/scoring/plan'
import { formatExact, parseScoreText, type Hundredths } from '@core/scoring/points'
import { computeUnitTotals, unitValuesFrom, type UnitTotals } from '@core/scoring/totals'
import { capitalizeFirst, formatNumber } from '@core/text/vietnamese'
import type { SheetInput } from '../../db/repositories/scoring-sheets-repo'

/**
 * A unit's score sheet as its panel edits it: scores and quantities as typed (comma decimals),
 * one row per base criterion in the table's order, the bonus and penalty items, the vướng mắc
 * flag and the unit's report. Pure: converted to the repository's input on save.
 */

export type EvidenceForm = EvidenceRef

export interface EntryForm {
  criterionId: string
  target: string
  actual: string
  selfScore: string
  selfNote: string
  evidence: EvidenceForm[]
  reviewedScore: string
  reviewerUnitId: string
  reviewerName: string
  reviewNote: string
  diffReason: string
  explanation: string
  explanationOn: string
}

export interface ItemForm {
  /** Empty for an item not saved yet. */
  id: string
  kind: 'bonus' | 'penalty'
  criterionId: string
  reason: string
  evidence: EvidenceForm[]
  proposedBy: 'unit' | 'cluster'
  selfPoints: string
  reviewedPoints: string
  diffReason: string
  explanation: string
  explanationOn: string
}

export interface SheetForm {
  signerName: string
  signerTitle: string
  submittedOn: string
  narrative: string
  flagged: boolean
  flagKind: SheetFlag['kind']
  flagNote: string
  flagSince: string
  entries: EntryForm[]
  items: ItemForm[]
}

export const FLAG_LABELS: Record<SheetFlag['kind'], string> = {
  discipline: 'Đang xem xét kỷ luật',
  inspection: 'Đang thanh tra, kiểm tra',
  complaint: 'Có đơn thư khiếu nại, tố cáo',
  other: 'Vướng mắc khác'
}

const scoreText = (value: Hundredths | null) => (value === null ? '' : formatExact(value))
const quantityText = (value: number | null) =>
  value === null
    ? ''
    : formatNumber(value, Number.isInteger(value) ? 0 : Number.isInteger(value * 10) ? 1 : 2)

export function blankItem(kind: 'bonus' | 'penalty', proposedBy: ItemForm['proposedBy']): ItemForm {
  return {
    id: '',
    kind,
    criterionId: '',
    reason: '',
    evidence: [],
    proposedBy,
    selfPoints: '',
    reviewedPoints: '',
    diffReason: '',
    explanation: '',
    explanationOn: ''
  }
}

export function blankEvidence(): EvidenceForm {
  return { documentNumber: '', documentDate: '', fileName: '', page: '' }
}

/** The form of a unit's stored sheet: every base criterion gets a row, scored or not. */
export function toSheetForm(
  plan: CriteriaPlan,
  sheet: ScoreSheet | null,
  entries: ScoreEntry[],
  adjustments: ScoreAdjustment[]
): SheetForm {
  const entryOf = new Map(entries.map((e) => [e.criterionId, e]))
  return {
    signerName: sheet?.signerName ?? '',
    signerTitle: sheet?.signerTitle ?? '',
    submittedOn: sheet?.submittedOn ?? '',
    narrative: sheet?.narrative ?? '',
    flagged: sheet?.flag != null,
    flagKind: sheet?.flag?.kind ?? 'inspection',
    flagNote: sheet?.flag?.note ?? '',
    flagSince: sheet?.flag?.since ?? '',
    entries: plan.leaves.map((leaf) => {
      const e = entryOf.get(leaf.id)
      return {
        criterionId: leaf.id,
        target: quantityText(e?.target ?? null),
        actual: quantityText(e?.actual ?? null),
        selfScore: scoreText(e?.selfScore ?? null),
        selfNote: e?.selfNote ?? '',
        evidence: e?.evidence ?? [],
        reviewedScore: scoreText(e?.reviewedScore ?? null),
        reviewerUnitId: e?.reviewerUnitId ?? '',
        reviewerName: e?.reviewerName ?? '',
        reviewNote: e?.reviewNote ?? '',
        diffReason: e?.diffReason ?? '',
        explanation: e?.explanation ?? '',
        explanationOn: e?.explanationOn ?? ''
      }
    }),
    items: [...adjustments]
      .sort((a, b) => a.order - b.order)
      .map((a) => ({
        id: a.id,
        kind: a.kind,
        criterionId: a.criterionId,
        reason: a.reason,
        evidence: a.evidence,
        proposedBy: a.proposedBy,
        selfPoints: scoreText(a.selfPoints),
        reviewedPoints: scoreText(a.reviewedPoints),
        diffReason: a.diffReason,
        explanation: a.explanation,
        explanationOn: a.explanationOn
      }))
  }
}

export function isSheetDirty(form: SheetForm, saved: SheetForm): boolean {
  return JSON.stringify(form) !== JSON.stringify(saved)
}

/** A measured quantity as typed (`1.234,5`): the app's one Vietnamese number reading. */
export const parseQuantity = parseNumberVi

function readScore(
  text: string,
  label: string,
  field: string,
  issues: FieldIssue[]
): Hundredths | null {
  const parsed = parseScoreText(text)
  if (parsed.ok) return parsed.value
  issues.push({ field, message: `${label}: ${parsed.message}.` })
  return null
}

function readQuantity(text: string, label: string, field: string, issues: FieldIssue[]) {
  const value = parseQuantity(text)
  if (value !== null && Number.isNaN(value))
    issues.push({ field, message: `${label}: phải là số (ví dụ 12 hoặc 12,5).` })
  return value === null || Number.isNaN(value) ? null : value
}

/**
 * The repository's input for the form, or the problems with what was typed, each with the field
 * path of its control (`entries.<criterion>.selfScore`) so the first can take the focus.
 */
export function toSheetInput(
  form: SheetForm,
  plan: CriteriaPlan
): { input: SheetInput | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const entries = form.entries.map((e) => {
    const row = plan.byId.get(e.criterionId)
    const name = row ? capitalizeFirst(criterionName(row)) : 'Tiêu chí'
    const at = (f: string) => `entries.${e.criterionId}.${f}`
    return {
      criterionId: e.criterionId,
      target: readQuantity(e.target, `${name}, chỉ tiêu`, at('target'), issues),
      actual: readQuantity(e.actual, `${name}, kết quả`, at('actual'), issues),
      selfScore: readScore(e.selfScore, `${name}, điểm tự chấm`, at('selfScore'), issues),
      selfNote: e.selfNote,
      evidence: e.evidence,
      reviewedScore: readScore(
        e.reviewedScore,
        `${name}, điểm cụm chấm`,
        at('reviewedScore'),
        issues
      ),
      reviewerUnitId: e.reviewerUnitId,
      reviewerName: e.reviewerName,
      reviewNote: e.reviewNote,
      diffReason: e.diffReason,
      explanation: e.explanation,
      explanationOn: e.explanationOn
    }
  })
  const adjustments = form.items.map((item, i) => {
    const name = `${item.kind === 'bonus' ? 'Điểm cộng' : 'Điểm trừ'} ${i + 1}`
    const at = (f: string) => `adjustments.${i}.${f}`
    return {
      id: item.id,
      kind: item.kind,
      criterionId: item.criterionId,
      order: i + 1,
      reason: item.reason,
      evidence: item.evidence,
      proposedBy: item.proposedBy,
      selfPoints: readScore(item.selfPoints, `${name}, điểm đề nghị`, at('selfPoints'), issues),
      reviewedPoints: readScore(
        item.reviewedPoints,
        `${name}, điểm cụm chấm`,
        at('reviewedPoints'),
        issues
      ),
      diffReason: item.diffReason,
      explanation: item.explanation,
      explanationOn: item.explanationOn
    }
  })
  if (form.flagged && form.flagNote.trim() === '')
    issues.push({ field: 'sheet.flag.note', message: 'Vướng mắc: hãy ghi nội dung.' })
  if (issues.length) return { input: null, issues }
  return {
    input: {
      sheet: {
        signerName: form.signerName,
        signerTitle: form.signerTitle,
        submittedOn: form.submittedOn,
        narrative: form.narrative,
        flag: form.flagged
          ? { kind: form.flagKind, note: form.flagNote, since: form.flagSince }
          : null
      },
      entries,
      adjustments
    },
    issues
  }
}

/** The sheet's totals as typed, both sides; what cannot be read yet counts as not scored. */
export function liveTotals(
  form: SheetForm,
  plan: CriteriaPlan,
  rules: Pick<ScoringArithmetic, 'bonusCap' | 'penaltyCap' | 'floorAtZero'>
): { self: UnitTotals; effective: UnitTotals } {
  const score = (text: string) => {
    const parsed = parseScoreText(text)
    return parsed.ok ? parsed.value : null
  }
  const entries = form.entries.map((e) => ({
    criterionId: e.criterionId,
    selfScore: score(e.selfScore),
    reviewedScore: score(e.reviewedScore)
  }))
  const items = form.items.map((i) => ({
    criterionId: i.criterionId,
    kind: i.kind,
    selfPoints: score(i.selfPoints),
    reviewedPoints: score(i.reviewedPoints)
  }))
  const side = (s: 'self' | 'effective') =>
    computeUnitTotals(plan, rules, unitValuesFrom(plan, entries, items, s))
  return { self: side('self'), effective: side('effective') }
}

/**
 * The problems the save would refuse, shown beside each row as the secretary types: scores off
 * the step or above the maximum, a changed score without its reason, items over their criterion.
 */
export function sheetProblems(
  form: SheetForm,
  plan: CriteriaPlan,
  rules: Pick<ScoringArithmetic, 'step' | 'bonusCap' | 'penaltyCap' | 'floorAtZero'>
): FieldIssue[] {
  const { input, issues } = toSheetInput(form, plan)
  if (!input) return issues
  return checkUnitScores(plan, rules, input.entries, input.adjustments)
}
