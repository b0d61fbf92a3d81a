import { describe, expect, it } from 'vitest'
import { compileCriteria } from '@core/scoring/plan'
import { sampleScoringCriteria } from '@core/sample/sample-scoring'
import { scoreSheetSchema } from '@core/scoring/model'
import type { ImportResult } from '@core/scoring/xlsx/import'
import {
  confirmedImports,
  defaultTicks,
  importSummary,
  importViews
} from '../../../src/renderer/src/features/scoring/import-model'

const T = '2024-01-01T00:00:00.000Z'
const plan = compileCriteria(sampleScoringCriteria())
const [first, second] = plan.leaves

const returned = (fileName: string, unitId: string, score: number): ImportResult => ({
  ok: true,
  fileName,
  unitId,
  unitName: `Đơn vị ${unitId}`,
  exportedAt: T,
  scores: {
    entries: [
      {
        criterionId: first!.id,
        target: null,
        actual: null,
        selfScore: score,
        selfNote: 'Đủ',
        evidence: []
      },
      {
        criterionId: second!.id,
        target: null,
        actual: null,
        selfScore: null,
        selfNote: '',
        evidence: []
      }
    ],
    items: [],
    signerName: '',
    signedOn: ''
  }
})
const sheet = (unitId: string, status: 'draft' | 'reviewed') =>
  scoreSheetSchema.parse({
    id: `s-${unitId}`,
    createdAt: T,
    updatedAt: T,
    clusterYearId: 'y',
    unitId,
    status
  })

describe('returned workbooks against what is recorded', () => {
  const results: ImportResult[] = [
    returned('a.xlsx', 'a', 950),
    {
      ok: false,
      fileName: 'b.xlsx',
      issues: ['Tệp «b.xlsx» là phiếu chấm năm 2023, không phải năm 2024.']
    },
    returned('c.xlsx', 'c', 950),
    returned('d.xlsx', 'd', 950)
  ]
  const recorded = {
    sheets: [sheet('a', 'draft'), sheet('c', 'reviewed')],
    entries: [
      {
        id: 'e',
        createdAt: T,
        updatedAt: T,
        clusterYearId: 'y',
        unitId: 'd',
        criterionId: first!.id,
        target: null,
        actual: null,
        selfScore: 950,
        selfNote: 'Đủ',
        evidence: [],
        reviewedScore: null,
        reviewerUnitId: '',
        reviewerName: '',
        reviewNote: '',
        diffReason: '',
        explanation: '',
        explanationOn: ''
      }
    ],
    adjustments: []
  }
  const views = importViews(results, recorded, plan, 1)

  it('shows refused files with their reasons, new ones by criterion, blocked and unchanged ones', () => {
    expect(views.map((v) => v.status)).toEqual(['ready', 'refused', 'blocked', 'same'])
    const ready = views[0]!
    expect(
      ready.status === 'ready' &&
        ready.groups.map((g) => [g.label, g.differences.map((d) => [d.field, d.before, d.after])])
    ).toEqual([
      [
        first!.fullLabel,
        [
          ['selfScore', 'chưa có', '9,5'],
          ['selfNote', 'chưa có', 'Đủ']
        ]
      ]
    ])
    const blocked = views[2]!
    expect(blocked.status === 'blocked' && blocked.blockedBy).toBe(
      'Phiếu đã được chấm: muốn sửa điểm tự chấm hãy chuyển phiếu về «Đã nộp».'
    )
    expect(importSummary(views)).toBe(
      '1 tệp có thay đổi chờ xác nhận, 1 tệp không có gì mới, 1 tệp không nhập được vì phiếu đã được chấm, 1 tệp bị từ chối'
    )
  })

  it('ticks every change of a file that can be merged, and merges only what stays ticked', () => {
    const ticks = defaultTicks(views)
    expect(ticks).toEqual({ 'a.xlsx': [first!.id] })
    expect(
      confirmedImports(views, results, ticks).map((c) => [c.fileName, c.criterionIds])
    ).toEqual([['a.xlsx', [first!.id]]])
    expect(confirmedImports(views, results, { 'a.xlsx': [], 'c.xlsx': [first!.id] })).toEqual([])
  })
})
