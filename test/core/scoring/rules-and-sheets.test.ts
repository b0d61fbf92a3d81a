import { describe, expect, it } from 'vitest'
import { checkRulesEditable, checkScoringRules, checkUnitScores } from '@core/scoring/checks'
import {
  scoreAdjustmentSchema,
  scoreEntrySchema,
  scoreSheetSchema,
  scoringRulesSchema
} from '@core/scoring/model'
import { compileCriteria } from '@core/scoring/plan'
import {
  canTransition,
  checkSheetEdit,
  checkSheetTransition,
  SHEET_TRANSITIONS,
  type SheetFacts
} from '@core/scoring/sheet-status'
import { diffImportedScores, evidenceWords } from '@core/scoring/diff'
import { criterion, RULES, sampleCriteria } from './helpers'

const NOW = '2024-01-01T00:00:00.000Z'
const row = { id: 'r1', createdAt: NOW, updatedAt: NOW, clusterYearId: 'y', unitId: 'u' }
const plan = compileCriteria(sampleCriteria())
const rules = scoringRulesSchema.parse({
  ...row,
  declaredMax: 10_000,
  bonusCap: 500,
  penaltyCap: 500
})

describe('rules of the year', () => {
  it('hold for criteria adding up to the declared maximum on the step grid', () => {
    expect(checkScoringRules(rules, plan)).toEqual([])
    expect(rules).toMatchObject({
      step: 50,
      decimals: 1,
      floorAtZero: true,
      tieBreak: [],
      status: 'draft'
    })
  })

  it('name what does not add up: the total, a maximum off the grid, decimals, bands, the board', () => {
    const off = compileCriteria([
      ...sampleCriteria().filter((c) => c.id !== 'e'),
      criterion('e', 'base', 39.75, 6)
    ])
    const messages = checkScoringRules(
      {
        ...rules,
        decimals: 0,
        scorer: 'provincial-board',
        scorerBody: '',
        bands: [
          { label: 'Khá', minPercent: 6500 },
          { label: 'khá', minPercent: 6500 }
        ]
      },
      off
    ).map((i) => i.message)
    expect(messages).toEqual([
      'Tiêu chí II.2 «Tiêu chí e»: điểm tối đa 39,75 không chia hết cho bước chấm 0,5 điểm, nên không chấm đủ điểm được.',
      'Điểm chuẩn các tiêu chí cộng lại bằng 99,75, khác tổng điểm đã công bố (100).',
      'Bước chấm 0,5 điểm cần hiển thị ít nhất 1 chữ số thập phân.',
      'Xếp loại «khá» bị trùng.',
      'Xếp loại «khá»: ngưỡng trùng với một mức khác.',
      'Chấm điểm do Ban của tỉnh: cần ghi tên cơ quan chấm.'
    ])
  })

  it('count the bonus cap inside the declared maximum when the rules say so', () => {
    expect(
      checkScoringRules({ ...rules, bonusInsideTotal: true, declaredMax: 10_500 }, plan)
    ).toEqual([])
    expect(checkScoringRules({ ...rules, bonusInsideTotal: true }, plan)[0]!.message).toBe(
      'Điểm chuẩn các tiêu chí (100) cộng điểm cộng tối đa (5) bằng 105, khác tổng điểm đã công bố (100).'
    )
  })

  it('refuse a group mixing base and bonus criteria', () => {
    const mixed = compileCriteria([
      criterion('g', 'group', null, 0),
      criterion('a', 'base', 100, 1, { parentId: 'g' }),
      criterion('b', 'bonus', 5, 2, { parentId: 'g' })
    ])
    expect(checkScoringRules(rules, mixed).map((i) => i.message)).toContain(
      'Nhóm I «Tiêu chí g»: gồm cả tiêu chí điểm chuẩn và điểm cộng; hãy tách thành nhóm riêng.'
    )
  })

  it('can be edited until adopted', () => {
    expect(checkRulesEditable(rules)).toEqual([])
    expect(checkRulesEditable({ status: 'adopted', adoptedOn: '2024-02-28' })).toEqual([
      {
        field: '',
        message: 'Quy định chấm điểm đã được thông qua ngày 28/02/2024, không sửa được nữa.'
      }
    ])
  })

  it('refuse a step other than 1, 0,5 or 0,25 and bounds above 100%', () => {
    expect(scoringRulesSchema.safeParse({ ...row, declaredMax: 100, step: 20 }).success).toBe(false)
    expect(
      scoringRulesSchema.safeParse({
        ...row,
        declaredMax: 100,
        bands: [{ label: 'X', minPercent: 10_001 }]
      }).success
    ).toBe(false)
    expect(scoringRulesSchema.safeParse({ ...row, declaredMax: 9.5 }).success).toBe(false)
  })
})

describe('score rows', () => {
  it('require a reason whenever the reviewed score differs from the self-score', () => {
    const entry = { ...row, criterionId: 'a', selfScore: 1000, reviewedScore: 800 }
    const refused = scoreEntrySchema.safeParse(entry)
    expect(refused.success).toBe(false)
    expect(refused.error!.issues[0]!.message).toBe(
      'Điểm cụm chấm khác điểm tự chấm: cần ghi lý do.'
    )
    expect(scoreEntrySchema.safeParse({ ...entry, diffReason: 'Thiếu minh chứng' }).success).toBe(
      true
    )
    expect(scoreEntrySchema.safeParse({ ...entry, reviewedScore: 1000 }).success).toBe(true)
    expect(scoreEntrySchema.safeParse({ ...entry, selfScore: null }).success).toBe(false)
    expect(scoreEntrySchema.safeParse({ ...entry, selfScore: 9.5 }).success).toBe(false)
  })

  it('keep bonus and penalty items as their own rows with a reason; a cluster item needs no second reason', () => {
    const item = {
      ...row,
      kind: 'penalty',
      reason: 'Nộp báo cáo chậm',
      selfPoints: null,
      reviewedPoints: 100
    }
    expect(scoreAdjustmentSchema.safeParse({ ...item, proposedBy: 'cluster' }).success).toBe(true)
    expect(scoreAdjustmentSchema.safeParse({ ...item, proposedBy: 'unit' }).success).toBe(false)
    expect(scoreAdjustmentSchema.safeParse({ ...item, reason: '  ' }).success).toBe(false)
    expect(scoreAdjustmentSchema.safeParse({ ...item, reviewedPoints: null }).success).toBe(false)
  })

  it('flag a unit under discipline, inspection or complaint on its sheet', () => {
    const sheet = scoreSheetSchema.parse({
      ...row,
      flag: { kind: 'inspection', note: 'Đang thanh tra việc sử dụng Quỹ' }
    })
    expect(sheet.flag).toEqual({
      kind: 'inspection',
      note: 'Đang thanh tra việc sử dụng Quỹ',
      since: ''
    })
    expect(sheet.status).toBe('draft')
  })
})

describe('checkUnitScores', () => {
  it('names each criterion with its problem', () => {
    const issues = checkUnitScores(
      plan,
      RULES,
      [
        { criterionId: 'a', selfScore: 1100, reviewedScore: null, diffReason: '' },
        { criterionId: 'b', selfScore: 1500, reviewedScore: 1325, diffReason: '' },
        { criterionId: 'c', selfScore: 1500, reviewedScore: 1400, diffReason: '' }
      ],
      [
        {
          criterionId: 'plus',
          kind: 'bonus',
          selfPoints: 300,
          reviewedPoints: null,
          diffReason: '',
          proposedBy: 'unit',
          reason: 'Mô hình A'
        },
        {
          criterionId: 'plus',
          kind: 'bonus',
          selfPoints: 300,
          reviewedPoints: null,
          diffReason: '',
          proposedBy: 'unit',
          reason: 'Mô hình B'
        }
      ]
    ).map((i) => i.message)
    expect(issues).toEqual([
      'Tiêu chí I.1 «Tiêu chí a»: điểm 11 vượt điểm chuẩn 10.',
      'Tiêu chí I.2 «Tiêu chí b»: điểm 13,25 không đúng bước chấm 0,5 điểm.',
      'Tiêu chí I.2 «Tiêu chí b»: điểm cụm chấm (13,25) khác điểm tự chấm (15), cần ghi lý do.',
      'Tiêu chí I.3 «Tiêu chí c»: điểm cụm chấm (14) khác điểm tự chấm (15), cần ghi lý do.',
      'Điểm cộng 1 «Tiêu chí plus»: các mục cộng lại 6 điểm, vượt mức tối đa 5.'
    ])
  })
})

describe('sheet status', () => {
  const facts = (entries: SheetFacts['entries']): SheetFacts => ({
    plan,
    rules: RULES,
    entries,
    adjustments: []
  })
  const all = (score: number | null, reviewed: number | null = null) =>
    plan.leaves.map((l) => ({
      criterionId: l.id,
      selfScore: score,
      reviewedScore: reviewed,
      diffReason: ''
    }))

  it('moves forward draft → submitted → reviewed → explained → adopted → locked, and back only where allowed', () => {
    expect(SHEET_TRANSITIONS.locked).toEqual([])
    expect(canTransition('draft', 'reviewed')).toBe(false)
    expect(canTransition('adopted', 'reviewed')).toBe(true)
    expect(checkSheetTransition({ status: 'draft' }, 'adopted', facts(all(0)))[0]!.message).toBe(
      'Không chuyển được phiếu từ «Đang nhập» sang «Đã thông qua».'
    )
  })

  it('submits only a sheet with every criterion self-scored, reviews only with reasons for changes', () => {
    const partial = all(1000).slice(1)
    expect(checkSheetTransition({ status: 'draft' }, 'submitted', facts(partial))).toEqual([
      { field: 'entries.a', message: 'Tiêu chí I.1 «Tiêu chí a»: chưa có điểm tự chấm.' }
    ])
    expect(checkSheetTransition({ status: 'draft' }, 'submitted', facts(all(1000)))).toEqual([])
    const changed = all(1000).map((e, i) => (i === 0 ? { ...e, reviewedScore: 900 } : e))
    expect(
      checkSheetTransition({ status: 'submitted' }, 'reviewed', facts(changed)).map((i) => i.field)
    ).toEqual(['entries.a.diffReason'])
    const reasoned = changed.map((e, i) => (i === 0 ? { ...e, diffReason: 'Thiếu minh chứng' } : e))
    expect(checkSheetTransition({ status: 'submitted' }, 'reviewed', facts(reasoned))).toEqual([])
    expect(checkSheetTransition({ status: 'reviewed' }, 'explained', facts(reasoned))).toEqual([])
    expect(
      checkSheetTransition({ status: 'reviewed' }, 'explained', facts(all(1000)))[0]!.message
    ).toMatch(/không có gì để giải trình/)
  })

  it('reopens an adopted sheet only with a reason', () => {
    expect(checkSheetTransition({ status: 'adopted' }, 'reviewed', facts(all(1000)))).toEqual([
      { field: 'reason', message: 'Mở lại bảng điểm đã thông qua: cần ghi lý do.' }
    ])
    expect(
      checkSheetTransition({ status: 'adopted' }, 'reviewed', facts(all(1000)), 'Sai sót số liệu')
    ).toEqual([])
  })

  it('lets each side change its part in turn; after adoption every change needs a reason', () => {
    expect(checkSheetEdit({ status: 'draft' }, 'self')).toEqual([])
    expect(checkSheetEdit({ status: 'reviewed' }, 'self')[0]!.message).toMatch(
      /chuyển phiếu về «Đã nộp»/
    )
    expect(checkSheetEdit({ status: 'draft' }, 'review')[0]!.message).toBe(
      'Đơn vị chưa nộp phiếu: chưa chấm được.'
    )
    expect(checkSheetEdit({ status: 'reviewed' }, 'explanation')).toEqual([])
    expect(checkSheetEdit({ status: 'adopted' }, 'review')[0]!.message).toBe(
      'Bảng điểm đã thông qua: muốn sửa cần ghi lý do.'
    )
    expect(
      checkSheetEdit({ status: 'locked' }, 'self', 'Đính chính theo Thông báo của Thành phố')
    ).toEqual([])
  })
})

describe('diffImportedScores', () => {
  it('lists what the returned sheet would change, in the order of the table', () => {
    const diff = diffImportedScores(
      plan,
      1,
      {
        entries: [
          {
            criterionId: 'a',
            target: null,
            actual: null,
            selfScore: 900,
            selfNote: '',
            evidence: []
          },
          {
            criterionId: 'b',
            target: 10,
            actual: 12,
            selfScore: 1500,
            selfNote: 'Đủ',
            evidence: []
          }
        ],
        adjustments: [
          {
            criterionId: 'plus',
            kind: 'bonus',
            proposedBy: 'unit',
            selfPoints: 250,
            reason: 'Mô hình A',
            evidence: []
          },
          {
            criterionId: 'plus',
            kind: 'bonus',
            proposedBy: 'cluster',
            selfPoints: null,
            reason: 'Cụm thêm',
            evidence: []
          }
        ]
      },
      {
        entries: [
          {
            criterionId: 'a',
            target: null,
            actual: null,
            selfScore: 950,
            selfNote: '',
            evidence: []
          },
          {
            criterionId: 'b',
            target: 10,
            actual: 12,
            selfScore: 1500,
            selfNote: 'Đủ',
            evidence: []
          },
          {
            criterionId: 'c',
            target: null,
            actual: null,
            selfScore: null,
            selfNote: '',
            evidence: [
              { documentNumber: '12/BC', documentDate: '2024-03-15', fileName: 'a.pdf', page: '3' }
            ]
          }
        ],
        items: [
          { criterionId: 'plus', kind: 'bonus', selfPoints: 500, reason: 'Mô hình A', evidence: [] }
        ]
      }
    )
    expect(diff.map((d) => `${d.label} ${d.field}: ${d.before} → ${d.after}`)).toEqual([
      'I.1 selfScore: 9,0 → 9,5',
      'I.3 evidence: chưa có → Văn bản số 12/BC ngày 15/03/2024, tệp a.pdf, tr. 3',
      'Điểm cộng 1 points: 2,5 → 5,0'
    ])
    expect(
      evidenceWords([{ documentNumber: '', documentDate: '', fileName: 'x.pdf', page: '' }])
    ).toBe('tệp x.pdf')
  })
})
