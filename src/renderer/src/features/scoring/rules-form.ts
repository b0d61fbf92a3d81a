import type { FieldIssue } from '@core/model/validation'
import { checkScoringRules } from '@core/scoring/checks'
import type { ScoringRules, TieBreakKey } from '@core/scoring/model'
import type { CriteriaPlan } from '@core/scoring/plan'
import { formatExact, parseScoreText, type Hundredths } from '@core/scoring/points'
import type { ScoringRulesInput } from '../../db/repositories/scoring-rules-repo'

/** The rules of the year as the form holds them: numbers as typed (comma decimals). */
export interface RulesForm {
  declaredMax: string
  bonusInsideTotal: boolean
  bonusCap: string
  penaltyCap: string
  floorAtZero: boolean
  step: '100' | '50' | '25'
  decimals: '0' | '1' | '2'
  bands: Array<{ label: string; percent: string }>
  selfScoreDeadline: string
  scorer: ScoringRules['scorer']
  scorerBody: string
  /** Căn cứ, one per line. */
  basis: string
  /** The optional tie-break chain, off by default (year-end.md §A.4). */
  tieBreakOn: boolean
  tieBreak: TieBreakKey[]
}

/** How the secretary reads each tie-break key. */
export const TIE_BREAK_LABELS: Record<TieBreakKey, string> = {
  'more-full-marks': 'Nhiều tiêu chí đạt điểm tối đa hơn',
  'higher-base': 'Điểm các tiêu chí (chưa tính điểm cộng) cao hơn',
  'fewer-penalty': 'Bị trừ ít điểm hơn'
}

const optional = (value: Hundredths | null) => (value === null ? '' : formatExact(value))

export function toRulesForm(rules: ScoringRules): RulesForm {
  return {
    declaredMax: formatExact(rules.declaredMax),
    bonusInsideTotal: rules.bonusInsideTotal,
    bonusCap: optional(rules.bonusCap),
    penaltyCap: optional(rules.penaltyCap),
    floorAtZero: rules.floorAtZero,
    step: String(rules.step) as RulesForm['step'],
    decimals: String(rules.decimals) as RulesForm['decimals'],
    bands: rules.bands.map((b) => ({ label: b.label, percent: formatExact(b.minPercent) })),
    selfScoreDeadline: rules.selfScoreDeadline,
    scorer: rules.scorer,
    scorerBody: rules.scorerBody,
    basis: rules.basis.join('\n'),
    tieBreakOn: rules.tieBreak.length > 0,
    tieBreak: rules.tieBreak.length > 0 ? rules.tieBreak : ['more-full-marks', 'higher-base']
  }
}

export function isRulesDirty(form: RulesForm, saved: RulesForm): boolean {
  return JSON.stringify(form) !== JSON.stringify(saved)
}

/** A number of points typed in a field (`100`, `2,5`), or a message naming the field. */
function points(
  text: string,
  label: string,
  field: string,
  issues: FieldIssue[],
  required: boolean
): Hundredths | null {
  const parsed = parseScoreText(text)
  if (!parsed.ok) {
    issues.push({ field, message: `${label}: ${parsed.message}.` })
    return null
  }
  if (parsed.value === null && required) issues.push({ field, message: `${label}: chưa nhập.` })
  return parsed.value
}

/**
 * The form as the repository's input, or the problems with what was typed (each naming its
 * field). Empty bonus and penalty caps mean "no cap"; band bounds are percentages of the
 * declared maximum, at most 100.
 */
export function toRulesInput(form: RulesForm): {
  input: ScoringRulesInput | null
  issues: FieldIssue[]
} {
  const issues: FieldIssue[] = []
  const declaredMax = points(form.declaredMax, 'Tổng điểm chuẩn', 'declaredMax', issues, true)
  const bonusCap = points(form.bonusCap, 'Điểm cộng tối đa', 'bonusCap', issues, false)
  const penaltyCap = points(form.penaltyCap, 'Điểm trừ tối đa', 'penaltyCap', issues, false)
  const bands = form.bands.flatMap((band, i) => {
    if (band.label.trim() === '' && band.percent.trim() === '') return []
    const label = `Mức xếp loại ${i + 1}`
    const percent = points(band.percent, `${label}: ngưỡng`, `bands.${i}.minPercent`, issues, true)
    if (band.label.trim() === '')
      issues.push({ field: `bands.${i}.label`, message: `${label}: chưa nhập tên mức.` })
    if (percent !== null && percent > 100_00)
      issues.push({
        field: `bands.${i}.minPercent`,
        message: `${label}: ngưỡng không quá 100%.`
      })
    return percent === null ? [] : [{ label: band.label, minPercent: percent }]
  })
  if (issues.length > 0 || declaredMax === null) return { input: null, issues }
  return {
    input: {
      declaredMax,
      bonusInsideTotal: form.bonusInsideTotal,
      bonusCap,
      penaltyCap,
      floorAtZero: form.floorAtZero,
      step: Number(form.step) as ScoringRules['step'],
      decimals: Number(form.decimals) as ScoringRules['decimals'],
      bands: [...bands].sort((a, b) => b.minPercent - a.minPercent),
      selfScoreDeadline: form.selfScoreDeadline,
      scorer: form.scorer,
      scorerBody: form.scorer === 'provincial-board' ? form.scorerBody : '',
      basis: form.basis.split('\n'),
      tieBreak: form.tieBreakOn ? [...new Set(form.tieBreak)] : []
    },
    issues
  }
}

/**
 * What the year's criteria say about the rules as typed (maxima adding up to the declared total,
 * the step fitting every maximum, enough decimals): shown as the secretary types, and what
 * "Thông qua" refuses on. Empty while the form itself has problems.
 */
export function rulesWarnings(form: RulesForm, plan: CriteriaPlan): FieldIssue[] {
  const { input } = toRulesInput(form)
  return input ? checkScoringRules(input, plan) : []
}
