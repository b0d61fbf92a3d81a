import { describe, expect, it } from 'vitest'
import {
  activeInvalidReasons,
  ballotInstructions,
  buildBallot,
  copiesToPrint,
  proposeSections,
  rankedUnitsFromSummary,
  type RankedUnit
} from '@core/ballot/build'
import { ballotSchema } from '@core/ballot/model'
import { checkBallot } from '@core/ballot/checks'
import { clusterRulesSchema, voteRuleSchema } from '@core/model/entities'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { sampleScoringFacts } from '@core/sample/sample-scoring'
import { yearSummary } from '@core/scoring/view'
import { NOW, twoSections } from './fixtures'

const unit = (unitId: string, rank: number, extra: Partial<RankedUnit> = {}): RankedUnit => ({
  unitId,
  unitName: `Đơn vị ${unitId}`,
  rank,
  tied: false,
  total: 10_000 - rank * 100,
  flagged: false,
  ...extra
})

describe('proposeSections: the paper from the adopted ranking', () => {
  it('puts the best-ranked unit up for suy tôn, the next ones for Bằng khen, every unit tied at the boundary with them', () => {
    const ranking = [
      unit('a', 1),
      unit('b', 2),
      unit('c', 3, { tied: true }),
      unit('d', 3, { tied: true }),
      unit('e', 5)
    ]
    const { sections, excluded } = proposeSections(ranking, {
      year: 2024,
      meritSeats: 1,
      meritCandidates: 2,
      leaderUnitIds: ['e'],
      deputyUnitIds: ['d']
    })
    expect(sections.map((s) => [s.kind, s.maxChoices, s.unitIds])).toEqual([
      ['leading-unit', 1, ['a']],
      ['merit', 1, ['b', 'c', 'd']],
      ['leader', 1, ['e']],
      ['deputy', 1, ['d']]
    ])
    expect(excluded).toEqual([])
  })

  it('puts all units tied at rank 1 up for suy tôn, still one choice', () => {
    const { sections } = proposeSections([unit('a', 1), unit('b', 1), unit('c', 3)], {
      year: 2024,
      meritSeats: 0
    })
    expect(sections).toEqual([{ kind: 'leading-unit', maxChoices: 1, unitIds: ['a', 'b'] }])
  })

  it('keeps a unit flagged vướng mắc off every award section and says why', () => {
    const { sections, excluded } = proposeSections(
      [unit('a', 1, { flagged: true, unitName: 'Đơn vị A' }), unit('b', 2), unit('c', 3)],
      { year: 2024, meritSeats: 1 }
    )
    expect(sections.map((s) => s.unitIds)).toEqual([['b'], ['c']])
    expect(excluded).toEqual([
      {
        unitId: 'a',
        reason:
          'Đơn vị A đang có vướng mắc (kỷ luật, thanh tra, kiểm tra hoặc đơn thư), chưa được đề nghị khen thưởng (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4).'
      }
    ])
  })

  it('reads the sample ranking with its tie for second place', () => {
    const data = buildSampleDataset(NOW)
    const ranking = rankedUnitsFromSummary(yearSummary(sampleScoringFacts(data)))
    expect(
      ranking.map((r) => [
        r.unitName.replace('Ủy ban MTTQ Việt Nam quận ', ''),
        r.rank,
        r.tied,
        r.total
      ])
    ).toEqual([
      ['Long Biên', 1, false, 10_500],
      ['Ba Đình', 2, true, 9_950],
      ['Hai Bà Trưng', 2, true, 9_950],
      ['Hoàng Mai', 4, false, 9_450],
      ['Đống Đa', 5, false, 8_700],
      ['Hoàn Kiếm', 6, false, 7_850]
    ])
  })
})

describe('buildBallot', () => {
  const rules = clusterRulesSchema.parse({
    voteRules: {
      merit: voteRuleSchema.parse({
        denominator: 'valid-ballots',
        thresholdNum: 2,
        thresholdDen: 3,
        comparison: 'at-least',
        basis: 'Quy chế'
      })
    }
  })
  const ranking = [unit('a', 1), unit('b', 2), unit('c', 3)]
  const ballot = buildBallot({
    id: 'b',
    now: NOW,
    clusterYearId: 'y',
    year: 2024,
    rules,
    electors: 6,
    sections: [
      { kind: 'leading-unit', maxChoices: 1, unitIds: ['a'] },
      { kind: 'merit', maxChoices: 1, unitIds: ['b', 'c'], awardTypeId: 'bk' }
    ],
    unitNames: { a: 'Tên năm 2024 của A' },
    ranking
  })

  it('copies the rule of each purpose onto its section and the names of the year onto the paper', () => {
    expect(
      ballot.sections.map((s) => [
        s.key,
        s.title,
        s.rule.denominator,
        s.rule.thresholdNum,
        s.rule.thresholdDen
      ])
    ).toEqual([
      [
        'leading-unit-1',
        'Suy tôn đơn vị dẫn đầu năm 2024, đề nghị tặng Cờ thi đua',
        'members',
        1,
        2
      ],
      ['merit-2', 'Đề nghị tặng Bằng khen', 'valid-ballots', 2, 3]
    ])
    expect(ballot.sections[0]!.candidates[0]).toEqual({
      unitId: 'a',
      label: 'Tên năm 2024 của A',
      rank: 1,
      total: 9_900,
      tied: false
    })
    expect(ballot.title).toBe('Phiếu bình xét thi đua năm 2024')
  })

  it('prints electors plus spares', () => {
    expect(copiesToPrint(ballot)).toBe(8)
    expect(copiesToPrint({ ...ballot, spares: 0 })).toBe(6)
  })

  it('refuses a paper that asks for more choices than it has units, or names a unit twice', () => {
    const r = ballotSchema.safeParse({
      ...ballot,
      sections: [{ ...ballot.sections[1]!, maxChoices: 3 }]
    })
    expect(r.success).toBe(false)
    expect(r.error!.issues[0]!.message).toBe(
      'Đề nghị tặng Bằng khen: chọn tối đa 3 đơn vị nhưng mục chỉ có 2 đơn vị.'
    )
    const twice = {
      ...ballot.sections[1]!,
      candidates: [ballot.sections[1]!.candidates[0]!, ballot.sections[1]!.candidates[0]!],
      maxChoices: 1
    }
    expect(ballotSchema.safeParse({ ...ballot, sections: [twice] }).error!.issues[0]!.message).toBe(
      'Đề nghị tặng Bằng khen: “Đơn vị b” có tên hai lần.'
    )
  })

  it('refuses a round after the first without its parent', () => {
    expect(ballotSchema.safeParse({ ...ballot, round: 2 }).error!.issues[0]!.message).toBe(
      'Phiếu bỏ lại lần sau phải gắn với phiếu lần trước.'
    )
  })
})

describe('checkBallot', () => {
  it('refuses more papers than members for one paper per unit and a unit not a member; warns of a flagged candidate', () => {
    const ballot = twoSections({ electors: 7 })
    expect(
      checkBallot(ballot, {
        memberUnitIds: ['u1', 'u2', 'u3', 'u4', 'u6', 'u7'],
        flagged: new Set(['u3'])
      }).map((i) => [i.severity, i.message])
    ).toEqual([
      [
        'error',
        'Mỗi đơn vị một phiếu nên số người bỏ phiếu (7) không thể nhiều hơn số đơn vị thành viên (6).'
      ],
      [
        'warning',
        'Đề nghị tặng Bằng khen: Đơn vị 3 đang có vướng mắc, chưa được đề nghị khen thưởng (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4).'
      ],
      ['error', 'Đề nghị tặng Bằng khen: Đơn vị 5 không phải đơn vị thành viên năm nay.']
    ])
  })
})

describe('ballotInstructions', () => {
  it('says how to mark, how many per section and what voids a paper, from the rules that are on', () => {
    expect(ballotInstructions(twoSections())).toEqual([
      'Đồng ý với đơn vị nào thì đánh dấu (X) vào cột “Đồng ý”; không đồng ý thì đánh dấu (X) vào cột “Không đồng ý” của dòng đó. Mỗi phiếu chọn tối đa 01 đơn vị ở mục I, chọn tối đa 02 đơn vị ở mục II.',
      'Phiếu không hợp lệ: phiếu không đúng mẫu hoặc không có dấu của Ban kiểm phiếu; phiếu chọn quá số lượng ở một mục; phiếu ghi thêm tên hoặc nội dung khác; phiếu có ký tên hoặc đánh dấu riêng; phiếu không đánh dấu dòng nào.'
    ])
    const lenient = twoSections({
      marking: 'strike',
      validity: {
        requireStamp: false,
        overLimit: 'section',
        extraNames: false,
        identifyingMarks: true,
        blankInvalid: false,
        rowLevelValidity: true
      }
    })
    expect(ballotInstructions(lenient)).toEqual([
      'Không đồng ý với đơn vị nào thì gạch ngang cả dòng tên đơn vị đó; đồng ý thì giữ nguyên. Không khoanh tròn, gạch chân hoặc gạch một phần tên. Mỗi phiếu chọn tối đa 01 đơn vị ở mục I, chọn tối đa 02 đơn vị ở mục II.',
      'Phiếu không hợp lệ: phiếu có ký tên hoặc đánh dấu riêng.',
      'Mục chọn quá số lượng thì mục đó không được tính; các mục khác vẫn được tính.'
    ])
    expect(activeInvalidReasons(lenient)).toEqual(['marked', 'other'])
  })
})
