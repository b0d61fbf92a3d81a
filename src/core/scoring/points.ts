import { formatNumber } from '../text/vietnamese'

/**
 * Scores as the app keeps them: every score, maximum, cap and total of the scoring module is an
 * integer number of hundredths of a point (9,25 điểm → 925), summed as integers and rounded only
 * when shown (year-end.md §A.3.5). Floats never enter a total, so `0,1 + 0,2` is `0,3` and the
 * printed table equals the screen.
 */
export type Hundredths = number

/** The score step of a year, in hundredths: 1 point, 0,5 or 0,25. */
export type ScoreStep = 100 | 50 | 25
export const SCORE_STEPS: readonly ScoreStep[] = [100, 50, 25]

/** Displayed decimals (0, 1 or 2). */
export type Decimals = 0 | 1 | 2

/** Fewest decimals that show every value of the step exactly: 1 → 0, 0,5 → 1, 0,25 → 2. */
export function stepDecimals(step: ScoreStep): Decimals {
  return step === 100 ? 0 : step === 50 ? 1 : 2
}

/**
 * A number of points (as the pact stores `maxPoints`) in hundredths, or null when it has more
 * than two decimals (9,125) or is not a finite, safe number.
 */
export function pointsToHundredths(points: number): Hundredths | null {
  if (!Number.isFinite(points)) return null
  const scaled = points * 100
  const rounded = Math.round(scaled)
  if (Math.abs(scaled - rounded) > 1e-6 || !Number.isSafeInteger(rounded)) return null
  return rounded === 0 ? 0 : rounded
}

/** Hundredths as a number of points, for exchange formats that want a plain number. */
export function hundredthsToPoints(value: Hundredths): number {
  return value / 100
}

/**
 * Rounds hundredths half up (away from zero) to `decimals` places, still in hundredths, using
 * integers only: 925 at 1 decimal → 930 (9,3), −925 → −930.
 */
export function roundHundredths(value: Hundredths, decimals: Decimals): Hundredths {
  const unit = 10 ** (2 - decimals)
  if (unit === 1) return value
  const magnitude = Math.floor((Math.abs(value) + unit / 2) / unit) * unit
  return value < 0 ? -magnitude : magnitude
}

/** `925` → `9,25` (2 decimals), `9,3` (1 decimal), `9` (0 decimals); `1.000,5` for 100050. */
export function formatScore(value: Hundredths, decimals: Decimals): string {
  return formatNumber(roundHundredths(value, decimals) / 100, decimals)
}

/** A difference with its sign: `+1,5`, `-2,0`, `0,0`. */
export function formatSignedScore(value: Hundredths, decimals: Decimals): string {
  const text = formatScore(Math.abs(value), decimals)
  const rounded = roundHundredths(value, decimals)
  return rounded > 0 ? `+${text}` : rounded < 0 ? `-${text}` : text
}

/** The step as the secretary reads it: `1`, `0,5`, `0,25`. */
export function stepWords(step: ScoreStep): string {
  return formatScore(step, stepDecimals(step))
}

export type ParsedScore = { ok: true; value: Hundredths | null } | { ok: false; message: string }

/**
 * Reads a score typed or pasted by the secretary: `9`, `9,5`, `9.5`, ` 9,25 `; empty is "not
 * scored" (null). A comma or a dot is the decimal separator (scores never need thousands), and
 * at most two decimals are accepted, so `1.000` is refused rather than read as one point.
 */
export function parseScoreText(text: string): ParsedScore {
  const value = text.replace(/\s+/g, '')
  if (value === '') return { ok: true, value: null }
  const match = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(value)
  if (!match) {
    return /^-/.test(value)
      ? { ok: false, message: `«${text.trim()}» là số âm; điểm không được âm` }
      : { ok: false, message: `«${text.trim()}» không phải là số điểm (ví dụ 9 hoặc 9,5)` }
  }
  const whole = Number(match[1])
  const fraction = Number((match[2] ?? '').padEnd(2, '0'))
  return { ok: true, value: whole * 100 + fraction }
}

/** Percent of a maximum in hundredths of a percent, rounded half up in integers: (9650, 10000) → 9650 (96,50%). */
export function percentHundredths(total: Hundredths, declaredMax: Hundredths): number {
  if (declaredMax <= 0) return 0
  const magnitude = Math.floor((Math.abs(total) * 20000 + declaredMax) / (2 * declaredMax))
  return total < 0 ? -magnitude : magnitude
}

/** `96,50%` from hundredths of a percent. */
export function formatPercentHundredths(value: number): string {
  return `${formatNumber(value / 100, 2)}%`
}

/** A value with exactly the decimals it has (9 → `9`, 950 → `9,5`, 925 → `9,25`), for messages. */
export function formatExact(value: Hundredths): string {
  const decimals: Decimals = value % 100 === 0 ? 0 : value % 10 === 0 ? 1 : 2
  return formatScore(value, decimals)
}

/** A bound in hundredths of a percent with only the decimals it has: 9000 → `90%`, 6550 → `65,5%`. */
export function formatPercentExact(value: number): string {
  return `${formatExact(value)}%`
}
