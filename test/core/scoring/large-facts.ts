import { buildSampleDataset } from '@core/sample/sample-dataset'
import { sampleScoringFacts } from '@core/sample/sample-scoring'
import { memberUnitSchema, type Criterion } from '@core/model/entities'
import { scoreEntrySchema, type ScoreEntry } from '@core/scoring/model'
import { compileCriteria } from '@core/scoring/plan'
import type { ScoringFacts } from '@core/scoring/view'
import { criterion } from './helpers'

const NOW = '2024-01-01T00:00:00.000Z'

/**
 * A year far larger than any real cluster: `unitCount` units scored on `criteriaCount` base
 * criteria in groups of six (each worth 1–3 points on the 0,5 grid, equal totals on purpose so that
 * ties occur), for the long-table document tests and `npm run bench:scoring`. Built on the sample
 * cluster so headers and rules are the example year's.
 */
export function largeScoringFacts(unitCount: number, criteriaCount: number): ScoringFacts {
  let n = 0
  const data = buildSampleDataset(NOW, () => `big-${++n}`)
  const base = sampleScoringFacts(data)
  const criteria: Criterion[] = []
  let order = 0
  for (let i = 0; i < criteriaCount; i++) {
    if (i % 6 === 0) criteria.push(criterion(`g${i / 6}`, 'group', null, order++))
    criteria.push(criterion(`k${i}`, 'base', 1 + (i % 3), order++))
  }
  criteria.push(criterion('plus', 'bonus', 5, order), criterion('minus', 'penalty', 5, order + 1))
  const plan = compileCriteria(criteria)
  const units = Array.from({ length: unitCount }, (_, u) =>
    memberUnitSchema.parse({
      id: `unit-${u}`,
      createdAt: NOW,
      updatedAt: NOW,
      clusterId: base.cluster.id,
      name: `Ủy ban MTTQ Việt Nam phường Thử Nghiệm Số ${u + 1}`,
      displayOrder: u
    })
  )
  const entries: ScoreEntry[] = []
  units.forEach((unit, u) =>
    plan.leaves.forEach((leaf, i) => {
      const cut = (u + i) % (4 + (u % 5)) === 0 ? 50 : 0
      entries.push(
        scoreEntrySchema.parse({
          id: `e-${u}-${i}`,
          createdAt: NOW,
          updatedAt: NOW,
          clusterYearId: base.year.id,
          unitId: unit.id,
          criterionId: leaf.id,
          selfScore: leaf.max! - cut,
          reviewedScore: u % 4 === 0 && i === 0 ? leaf.max! - 50 : null,
          diffReason: u % 4 === 0 && i === 0 ? 'Thiếu minh chứng' : ''
        })
      )
    })
  )
  const declared = plan.leaves.reduce((s, l) => s + l.max!, 0)
  return {
    ...base,
    units,
    year: {
      ...base.year,
      memberUnitIds: units.map((u) => u.id),
      unitNames: Object.fromEntries(units.map((u) => [u.id, u.name]))
    },
    plan,
    rules: { ...base.rules, declaredMax: declared },
    sheets: [],
    entries,
    adjustments: []
  }
}
