import { criterionSchema, type Criterion } from '@core/model/entities'
import type { ScoringArithmetic } from '@core/scoring/model'
import { EXAMPLE_SCORING_RULES } from '@core/sample/sample-scoring'

const NOW = '2024-01-01T00:00:00.000Z'

/** A criterion row for tests: kind, maximum in points, position; the id is its text by default. */
export function criterion(
  id: string,
  kind: Criterion['kind'],
  maxPoints: number | null,
  order: number,
  extra: Partial<Criterion> = {}
): Criterion {
  return criterionSchema.parse({
    id,
    createdAt: NOW,
    updatedAt: NOW,
    pactId: 'p',
    order,
    kind,
    text: `Tiêu chí ${id}`,
    maxPoints,
    ...extra
  })
}

/** Two groups of base criteria (10 + 15 + 15 | 20 + 40 = 100), a bonus (5) and a penalty (5). */
export function sampleCriteria(): Criterion[] {
  return [
    criterion('g1', 'group', null, 0),
    criterion('a', 'base', 10, 1),
    criterion('b', 'base', 15, 2),
    criterion('c', 'base', 15, 3),
    criterion('g2', 'group', null, 4),
    criterion('d', 'base', 20, 5),
    criterion('e', 'base', 40, 6),
    criterion('plus', 'bonus', 5, 7),
    criterion('minus', 'penalty', 5, 8)
  ]
}

/** The example year's arithmetic (100 points, step 0,5, caps of 5, three bands). */
export const RULES: ScoringArithmetic = EXAMPLE_SCORING_RULES
