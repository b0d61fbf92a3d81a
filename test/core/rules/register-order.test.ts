import { describe, expect, it } from 'vitest'
import { documentRecordSchema, type DocumentRecord } from '@core/model/entities'
import { filterRegister } from '@core/rules/register'

let made = 0
const entry = (year: number, typeCode: string, number: number, voided = false): DocumentRecord =>
  documentRecordSchema.parse({
    id: `doc-${++made}`,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    clusterId: 'c',
    year,
    typeCode,
    number,
    title: 'Văn bản',
    status: voided ? 'voided' : 'issued',
    voidReason: voided ? 'Cấp nhầm' : ''
  })

const key = (e: DocumentRecord) => `${e.year} ${e.typeCode || '—'} ${e.number}`

describe('the register in the order of the book', () => {
  const shuffled = [
    entry(2025, 'TB', 2),
    entry(2024, 'ĐA', 1),
    entry(2025, 'BB', 10),
    entry(2025, '', 1),
    entry(2025, 'DA', 1),
    entry(2025, 'BB', 2),
    entry(2025, 'ĐA', 3, true),
    entry(2024, 'BB', 1)
  ]

  it('goes by year, then type in Vietnamese order (D before Đ, công văn first), then number', () => {
    expect(filterRegister(shuffled).map(key)).toEqual([
      '2024 BB 1',
      '2024 ĐA 1',
      '2025 — 1',
      '2025 BB 2',
      '2025 BB 10',
      '2025 DA 1',
      '2025 ĐA 3',
      '2025 TB 2'
    ])
  })

  it('runs one series across types when the cluster numbers in a single series', () => {
    expect(filterRegister(shuffled, { year: 2025, withVoided: false }, 'single').map(key)).toEqual([
      '2025 — 1',
      '2025 DA 1',
      '2025 TB 2',
      '2025 BB 2',
      '2025 BB 10'
    ])
  })
})
