import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { TABLES } from '@core/model/entities'
import shipped from '../../../src/core/sample/sample-cluster.json'

const sharedFixture = resolve(__dirname, '../../../../shared/fixtures/sample-cluster.json')

describe('built-in sample cluster', () => {
  const data = buildSampleDataset('2026-01-01T00:00:00.000Z')

  it.skipIf(!existsSafe(sharedFixture))('ships the same data as the shared fixture', () => {
    expect(shipped).toEqual(JSON.parse(readFileSync(sharedFixture, 'utf8')))
  })

  it('has the six Hà Nội districts, ended on 30/06/2025, in the given order', () => {
    expect(data.memberUnits.map((u) => u.shortName)).toEqual([
      'Đống Đa',
      'Hoàn Kiếm',
      'Ba Đình',
      'Hai Bà Trưng',
      'Hoàng Mai',
      'Long Biên'
    ])
    expect(data.memberUnits.every((u) => u.activeTo === '2025-06-30')).toBe(true)
  })

  it('has the 2020 and 2024 leaders and deputies', () => {
    const name = (id: string) => data.memberUnits.find((u) => u.id === id)?.shortName
    const byYear = Object.fromEntries(data.clusterYears.map((y) => [y.year, y]))
    expect(name(byYear[2020]!.leaderUnitId)).toBe('Đống Đa')
    expect(name(byYear[2020]!.deputyUnitId)).toBe('Hoàn Kiếm')
    expect(name(byYear[2024]!.leaderUnitId)).toBe('Long Biên')
    expect(name(byYear[2024]!.deputyUnitId)).toBe('Hai Bà Trưng')
    expect(byYear[2024]!.unitNames[byYear[2024]!.leaderUnitId]).toBe(
      'Ủy ban MTTQ Việt Nam quận Long Biên'
    )
  })

  it('has the 2020 pact: seven commitments, two sub-items under the fourth, the immediate task', () => {
    const top = data.pactCommitments
      .filter((c) => c.parentId === '')
      .sort((a, b) => a.order - b.order)
    expect(top).toHaveLength(7)
    const children = data.pactCommitments.filter((c) => c.parentId === top[3]!.id)
    expect(children).toHaveLength(2)
    expect(data.pacts[0]!.immediateTask).toMatch(/^Trước mắt/)
    expect(data.pacts[0]!.signingMeetingId).toBe(data.meetings[0]!.id)
  })

  it('has the 2020 signing meeting with the city chair as witness and her remarks', () => {
    expect(data.meetings.map((m) => m.type)).toEqual(['pact-signing', 'pact-signing'])
    expect(data.guests[0]).toMatchObject({ name: 'Nguyễn Lan Hương', role: 'witness' })
    expect(data.remarks[0]!.speakerName).toBe('Nguyễn Lan Hương')
    expect(data.attendances).toHaveLength(12)
  })

  it('produces rows every table schema accepts unchanged', () => {
    for (const [table, rows] of Object.entries(data)) {
      const schema = TABLES[table as keyof typeof TABLES]
      for (const row of rows) expect(schema.parse(row)).toEqual(row)
    }
  })
})

function existsSafe(path: string): boolean {
  try {
    readFileSync(path)
    return true
  } catch {
    return false
  }
}
