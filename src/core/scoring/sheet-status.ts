import type { FieldIssue } from '../model/validation'
import { capitalizeFirst } from '../text/vietnamese'
import { checkUnitScores } from './checks'
import type {
  ScoreAdjustment,
  ScoreEntry,
  ScoreSheet,
  ScoringArithmetic,
  SheetStatus
} from './model'
import { criterionName, type CriteriaPlan } from './plan'

/** How the secretary reads a sheet's status. */
export const SHEET_STATUS_LABELS: Record<SheetStatus, string> = {
  draft: 'Đang nhập',
  submitted: 'Đã nộp',
  reviewed: 'Đã chấm',
  explained: 'Đã giải trình',
  adopted: 'Đã thông qua',
  locked: 'Đã khóa'
}

/**
 * The moves a score sheet can make. Forward: draft → submitted → reviewed → (explained) →
 * adopted → locked; the explanation is skipped when the unit has nothing to explain. Back: a
 * submitted sheet returns to the unit, a review is reopened after an explanation, an adopted
 * sheet is reopened with a reason. A locked sheet never moves again (corrections need a reason).
 */
export const SHEET_TRANSITIONS: Record<SheetStatus, readonly SheetStatus[]> = {
  draft: ['submitted'],
  submitted: ['draft', 'reviewed'],
  reviewed: ['submitted', 'explained', 'adopted'],
  explained: ['reviewed', 'adopted'],
  adopted: ['locked', 'reviewed'],
  locked: []
}

export function canTransition(from: SheetStatus, to: SheetStatus): boolean {
  return SHEET_TRANSITIONS[from].includes(to)
}

/** What a transition needs: the criteria, the rules and the sheet's scores. */
export interface SheetFacts {
  plan: CriteriaPlan
  rules: Pick<ScoringArithmetic, 'step' | 'bonusCap' | 'penaltyCap' | 'floorAtZero'>
  entries: Array<Pick<ScoreEntry, 'criterionId' | 'selfScore' | 'reviewedScore' | 'diffReason'>>
  adjustments: Array<
    Pick<
      ScoreAdjustment,
      | 'criterionId'
      | 'kind'
      | 'selfPoints'
      | 'reviewedPoints'
      | 'diffReason'
      | 'proposedBy'
      | 'reason'
    >
  >
}

/** True when some reviewed score or item differs from what the unit claimed. */
export function hasDifferences(facts: Pick<SheetFacts, 'entries' | 'adjustments'>): boolean {
  return (
    facts.entries.some((e) => e.reviewedScore !== null && e.reviewedScore !== e.selfScore) ||
    facts.adjustments.some((a) => a.reviewedPoints !== null && a.reviewedPoints !== a.selfPoints)
  )
}

function missingScores(facts: SheetFacts, side: 'self' | 'effective'): FieldIssue[] {
  const scored = new Set(
    facts.entries
      .filter((e) => (side === 'self' ? e.selfScore : (e.reviewedScore ?? e.selfScore)) !== null)
      .map((e) => e.criterionId)
  )
  return facts.plan.leaves
    .filter((leaf) => !scored.has(leaf.id))
    .map((leaf) => ({
      field: `entries.${leaf.id}`,
      message: `${capitalizeFirst(criterionName(leaf))}: chưa có điểm ${side === 'self' ? 'tự chấm' : 'chấm'}.`
    }))
}

/**
 * Why a sheet cannot move to `to`, or nothing when it can: the move must be allowed; submitting
 * needs a self-score for every criterion; reviewing and adopting need a score for every criterion
 * and a reason for every change; an explanation needs something to explain; reopening an adopted
 * sheet needs a reason.
 */
export function checkSheetTransition(
  sheet: Pick<ScoreSheet, 'status'>,
  to: SheetStatus,
  facts: SheetFacts,
  reason = ''
): FieldIssue[] {
  if (!canTransition(sheet.status, to))
    return [
      {
        field: 'status',
        message: `Không chuyển được phiếu từ «${SHEET_STATUS_LABELS[sheet.status]}» sang «${SHEET_STATUS_LABELS[to]}».`
      }
    ]
  const scoreIssues = () =>
    checkUnitScores(facts.plan, facts.rules, facts.entries, facts.adjustments)
  switch (to) {
    case 'submitted':
      return sheet.status === 'draft' ? [...missingScores(facts, 'self'), ...scoreIssues()] : []
    case 'reviewed':
    case 'adopted':
      if (sheet.status === 'adopted' && !reason.trim())
        return [{ field: 'reason', message: 'Mở lại bảng điểm đã thông qua: cần ghi lý do.' }]
      return [...missingScores(facts, 'effective'), ...scoreIssues()]
    case 'explained':
      return hasDifferences(facts)
        ? []
        : [
            {
              field: 'status',
              message: 'Cụm không thay đổi điểm nào của đơn vị, nên không có gì để giải trình.'
            }
          ]
    default:
      return []
  }
}

/** The three kinds of change a sheet receives. */
export type SheetChange = 'self' | 'review' | 'explanation'

/**
 * Whether a change may be made to a sheet in its status. Self-scores are the unit's until the
 * review starts; the review runs from submission to adoption; the explanation answers a review.
 * After adoption any change needs a reason (the repository keeps the earlier version in the
 * audit log).
 */
export function checkSheetEdit(
  sheet: Pick<ScoreSheet, 'status'>,
  change: SheetChange,
  reason = ''
): FieldIssue[] {
  const status = sheet.status
  if (status === 'adopted' || status === 'locked') {
    return reason.trim()
      ? []
      : [
          {
            field: 'reason',
            message: `Bảng điểm ${SHEET_STATUS_LABELS[status].toLocaleLowerCase('vi')}: muốn sửa cần ghi lý do.`
          }
        ]
  }
  const allowed: Record<SheetChange, readonly SheetStatus[]> = {
    self: ['draft', 'submitted'],
    review: ['submitted', 'reviewed', 'explained'],
    explanation: ['reviewed', 'explained']
  }
  if (allowed[change].includes(status)) return []
  const messages: Record<SheetChange, string> = {
    self: 'Phiếu đã được chấm: muốn sửa điểm tự chấm hãy chuyển phiếu về «Đã nộp».',
    review: 'Đơn vị chưa nộp phiếu: chưa chấm được.',
    explanation: 'Phiếu chưa được chấm: chưa có gì để giải trình.'
  }
  return [{ field: 'status', message: messages[change] }]
}
