import { useMemo } from 'react'
import type { ScoringRules } from '@core/scoring/model'
import { compileCriteria, type CriteriaPlan } from '@core/scoring/plan'
import type { ScoringFacts } from '@core/scoring/view'
import {
  defaultScoringRules,
  scoringFactsOf,
  unitNameIn,
  type ScoringYearRecord
} from '../../db/repositories/scoring-repo'

/** What every panel of the year's scoring reads, derived once per change of the records. */
export interface ScoringData {
  record: ScoringYearRecord
  plan: CriteriaPlan
  /** The saved rules, or the defaults the form starts from. */
  rules: ScoringRules
  rulesSaved: boolean
  facts: ScoringFacts
  unitName(unitId: string): string
}

/**
 * The container's data: the year's live records (read with the screen) with the compiled
 * criteria, the rules and the facts the core reads. The plan is compiled again only when a criterion changes (not at every
 * score saved), so the grid's score book keeps its criteria.
 */
export function useScoringData(
  record: ScoringYearRecord | null | undefined
): ScoringData | null | undefined {
  const criteriaKey = record?.criteria.map((c) => `${c.id}:${c.updatedAt}`).join('|') ?? ''
  const plan = useMemo(
    () => compileCriteria(record?.criteria ?? []),
    // Recompiled when a criterion changes, not when a score is saved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [criteriaKey]
  )
  const rulesKey = record?.rules?.updatedAt ?? `default:${record?.pact?.declaredTotal ?? ''}`
  const rules = useMemo(
    () => (record ? (record.rules ?? defaultScoringRules(record)) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rulesKey, record === undefined || record === null]
  )
  return useMemo(() => {
    if (record === undefined) return undefined
    if (record === null || rules === null) return null
    return {
      record,
      plan,
      rules,
      rulesSaved: record.rules !== null,
      facts: scoringFactsOf(record, plan, rules),
      unitName: (unitId: string) => unitNameIn(record.year, record.units, unitId)
    }
  }, [record, plan, rules])
}
