import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { unitPersonSchema } from '@core/model/entities'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { sampleScoringFacts } from '@core/sample/sample-scoring'
import { DatabaseProvider } from '../../../src/renderer/src/db/DatabaseContext'
import { ScoringDocumentsPanel } from '../../../src/renderer/src/features/scoring/ScoringDocumentsPanel'
import type { ScoringData } from '../../../src/renderer/src/features/scoring/useScoringData'
import { makeTestDb } from '../../helpers/test-db'

// A shared machine: the preview of a document may take a while to draw.
vi.setConfig({ testTimeout: 60_000 })

let n = 0
const sample = buildSampleDataset('2026-01-01T00:00:00.000Z', () => `s-${++n}`)
const facts = sampleScoringFacts(sample)

/** The panel's data for the sample year, naming `leaderSignerId` to sign for the cụm trưởng. */
function panelData(leaderSignerId: string): ScoringData {
  const year = { ...facts.year, leaderSignerId }
  return {
    record: {
      cluster: facts.cluster,
      year,
      units: facts.units,
      sheets: facts.sheets,
      snapshot: null
    },
    plan: facts.plan,
    rules: facts.rules,
    rulesSaved: true,
    facts: { ...facts, year },
    unitName: (id: string) => facts.year.unitNames[id] ?? id
  } as unknown as ScoringData
}

async function openPanel(leaderSignerId: string) {
  const db = makeTestDb()
  const person = (id: string, fullName: string, role: 'chair' | 'vice-chair') =>
    unitPersonSchema.parse({
      id,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      unitId: facts.year.leaderUnitId,
      fullName,
      role
    })
  await db.unitPeople.bulkAdd([
    person('chair-1', 'Nguyễn Văn Chủ', 'chair'),
    person('vice-1', 'Trần Thị Phó', 'vice-chair')
  ])
  render(
    <DatabaseProvider db={db}>
      <ScoringDocumentsPanel data={panelData(leaderSignerId)} unitId="" onUnit={() => {}} />
    </DatabaseProvider>
  )
  return screen.getByLabelText<HTMLInputElement>('Người ký (cụm trưởng)')
}

describe('Văn bản of the scoring: who signs the Bảng tổng hợp for the cụm trưởng', () => {
  it('starts with the person the year names to sign for the cụm trưởng', async () => {
    const field = await openPanel('vice-1')
    await waitFor(() => expect(field.value).toBe('Trần Thị Phó'))
  })

  it('else with the leading unit’s chủ tịch, and keeps the name the secretary types', async () => {
    const field = await openPanel('')
    await waitFor(() => expect(field.value).toBe('Nguyễn Văn Chủ'))
    fireEvent.change(field, { target: { value: 'Lê Văn Khác' } })
    expect(field.value).toBe('Lê Văn Khác')
  })
})
