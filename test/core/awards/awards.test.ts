import { describe, expect, it } from 'vitest'
import { defaultAwardCatalogue, legalBasisOn } from '@core/awards/catalogue'
import { awardHistory, decisionWords, predecessorsOf } from '@core/awards/history'
import {
  awardProposalSchema,
  awardTypeSchema,
  pastAwardSchema,
  unitLineageEventSchema,
  type AwardProposal,
  type PastAward,
  type UnitLineageEvent
} from '@core/awards/model'
import {
  acknowledgeWarning,
  checkProposalsBeforeSubmission,
  openWarnings,
  pastAwardFromDecision,
  proposalWarnings,
  recordDecision,
  type ProposalFacts
} from '@core/awards/proposals'

const NOW = '2024-11-05T02:00:00.000Z'
const stamp = { createdAt: NOW, updatedAt: NOW }
const catalogue = defaultAwardCatalogue(
  { id: 'c1', parentBody: 'Ủy ban MTTQ Việt Nam thành phố Hà Nội' },
  NOW,
  (code) => code
)

const proposal = (
  id: string,
  unitId: string,
  awardTypeId: string,
  over: Partial<AwardProposal> = {}
) =>
  awardProposalSchema.parse({
    ...stamp,
    id,
    clusterYearId: 'y2024',
    unitId,
    unitName: `Ủy ban MTTQ Việt Nam quận ${unitId}`,
    awardTypeId,
    status: 'proposed',
    vote: {
      agree: 5,
      base: 6,
      shareWords: '5/6 đơn vị thành viên, đạt 83,33%',
      ruleWords: 'quá 1/2 tổng số đơn vị thành viên',
      passed: true
    },
    ...over
  })

const facts = (proposals: AwardProposal[], over: Partial<ProposalFacts> = {}): ProposalFacts => ({
  year: 2024,
  catalogue,
  proposals,
  history: [],
  flagged: {},
  ...over
})

describe('the award catalogue', () => {
  it('names the forms after the higher body, marks how sure each default is, and leaves central forms off', () => {
    expect(
      catalogue.map((t) => [t.code, t.name, t.active, t.certainty, t.quotaPerCluster])
    ).toEqual([
      [
        'co-thi-dua-tinh',
        'Cờ thi đua của Ủy ban MTTQ Việt Nam thành phố Hà Nội',
        true,
        'practice',
        1
      ],
      [
        'bang-khen-tinh',
        'Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội',
        true,
        'unconfirmed',
        null
      ],
      ['co-thi-dua-ubtu', 'Cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam', false, 'confirmed', 1],
      [
        'bang-khen-ubtu',
        'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam',
        false,
        'unconfirmed',
        null
      ]
    ])
    expect(catalogue[0]!.requiredDocs).toContain('achievement-report')
  })

  it('is editable through its schema, which refuses a confirmed quota without its basis', () => {
    const edited = awardTypeSchema.safeParse({
      ...catalogue[1]!,
      quotaPerCluster: 3,
      certainty: 'confirmed',
      quotaBasis: ''
    })
    expect(edited.error!.issues[0]!.message).toBe(
      'Số lượng tối đa đã xác nhận thì phải ghi căn cứ.'
    )
    expect(
      awardTypeSchema.parse({
        ...catalogue[1]!,
        quotaPerCluster: 3,
        quotaBasis: 'Hướng dẫn số 12/HD-MTTQ-BTT'
      }).quotaPerCluster
    ).toBe(3)
  })

  it('cites NĐ 98/2023 before 01/7/2025 and NĐ 152/2025 from then on', () => {
    expect(legalBasisOn('2024-11-05')[1]).toMatch(/^Nghị định số 98\/2023\/NĐ-CP/)
    expect(legalBasisOn('2025-06-30')[1]).toMatch(/^Nghị định số 98\/2023\/NĐ-CP/)
    expect(legalBasisOn('2025-07-01')[1]).toMatch(/^Nghị định số 152\/2025\/NĐ-CP/)
  })
})

describe('proposal warnings', () => {
  it('warns of two awards for one unit for the same year’s results (Luật 2022, Điều 5)', () => {
    const flag = proposal('p1', 'LB', 'co-thi-dua-tinh')
    const merit = proposal('p2', 'LB', 'bang-khen-tinh')
    const w = proposalWarnings(merit, facts([flag, merit]))
    expect(w).toEqual([
      {
        code: 'double-award:p1',
        severity: 'warn',
        message:
          'Ủy ban MTTQ Việt Nam quận LB được đề nghị cả Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội và Cờ thi đua của Ủy ban MTTQ Việt Nam thành phố Hà Nội cho cùng thành tích năm 2024: không khen thưởng nhiều lần, nhiều hình thức cho một thành tích (Luật Thi đua, khen thưởng 2022, Điều 5).'
      }
    ])
    const refused = {
      ...flag,
      status: 'decided' as const,
      decision: {
        outcome: 'refused' as const,
        finalAwardTypeId: '',
        number: '',
        date: '',
        issuer: '',
        note: ''
      }
    }
    expect(proposalWarnings(merit, facts([refused, merit]))).toEqual([])
  })

  it('warns when the same year’s results were already rewarded in the history', () => {
    const past = pastAwardSchema.parse({
      ...stamp,
      id: 'h1',
      unitId: 'LB',
      recipientName: 'LB',
      year: 2024,
      title: 'Bằng khen của Thành phố'
    })
    const p = proposal('p1', 'LB', 'co-thi-dua-tinh')
    expect(proposalWarnings(p, facts([p], { history: [past] })).map((w) => w.code)).toEqual([
      'double-award:h1'
    ])
  })

  it('refuses a unit flagged vướng mắc outright: the warning cannot be acknowledged', () => {
    const p = proposal('p1', 'HM', 'bang-khen-tinh')
    const f = facts([p], { flagged: { HM: 'có đơn thư khiếu nại, tố cáo' } })
    const [w] = proposalWarnings(p, f)
    expect(w).toMatchObject({ code: 'flagged', severity: 'block' })
    expect(w!.message).toContain('Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4')
    expect(() => acknowledgeWarning(p, w!, NOW)).toThrow('không thể bỏ qua')
    expect(checkProposalsBeforeSubmission(f)).toHaveLength(1)
  })

  it('warns of a quota exceeded, with its basis, on every proposal of that form', () => {
    const a = proposal('p1', 'A', 'co-thi-dua-tinh')
    const b = proposal('p2', 'B', 'co-thi-dua-tinh')
    const f = facts([a, b])
    for (const p of [a, b])
      expect(proposalWarnings(p, f)).toContainEqual({
        code: 'quota:co-thi-dua-tinh:2',
        severity: 'warn',
        message:
          'Cụm đề nghị 2 Cờ thi đua, vượt số lượng tối đa 1 mỗi cụm (Thực tiễn: mỗi Cụm suy tôn 01 đơn vị dẫn đầu (chưa có văn bản quy định)).'
      })
  })

  it('warns of a vote share below the rule, of no vote where a ballot is required, and of a passing unit left outside the seats', () => {
    const below = proposal('p1', 'A', 'bang-khen-tinh', {
      source: 'manual',
      vote: {
        ballotId: '',
        sectionKey: '',
        round: 1,
        agree: 3,
        base: 6,
        shareWords: '3/6 đơn vị thành viên, đạt 50,00%',
        ruleWords: 'quá 1/2 tổng số đơn vị thành viên',
        passed: false,
        chosen: false
      }
    })
    expect(proposalWarnings(below, facts([below]))[0]!.message).toBe(
      'Ủy ban MTTQ Việt Nam quận A được 3/6 đơn vị thành viên, đạt 50,00%, chưa đạt quá 1/2 tổng số đơn vị thành viên.'
    )
    const none = proposal('p2', 'B', 'bang-khen-tinh', { vote: null })
    expect(proposalWarnings(none, facts([none])).map((w) => w.code)).toEqual(['no-vote'])
    const outside = proposal('p3', 'C', 'bang-khen-tinh', {
      vote: { ...below.vote!, passed: true, chosen: false }
    })
    expect(proposalWarnings(outside, facts([outside])).map((w) => w.code)).toEqual([
      'not-chosen:3-6'
    ])
  })

  it('lets the secretary acknowledge a warning; a change of facts brings a new one back', () => {
    const a = proposal('p1', 'A', 'co-thi-dua-tinh')
    const b = proposal('p2', 'B', 'co-thi-dua-tinh')
    const f = facts([a, b])
    expect(checkProposalsBeforeSubmission(f)).toHaveLength(2)
    const [warning] = openWarnings(a, f)
    const acked = acknowledgeWarning(a, warning!, NOW, 'Cụm có văn bản đồng ý của cấp trên')
    expect(openWarnings(acked, facts([acked, b]))).toEqual([])
    const c = proposal('p3', 'C', 'co-thi-dua-tinh')
    expect(openWarnings(acked, facts([acked, b, c])).map((w) => w.code)).toEqual([
      'quota:co-thi-dua-tinh:3'
    ])
  })
})

describe('the higher level’s decision and the award history', () => {
  it('records a change to another form with its decision, and the award given joins the history', () => {
    const p = proposal('p1', 'HBT', 'co-thi-dua-tinh')
    const decided = recordDecision(
      p,
      {
        outcome: 'changed',
        finalAwardTypeId: 'bang-khen-tinh',
        number: '05/QĐ-MTTQ-BTT',
        date: '2025-01-15',
        issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội',
        note: ''
      },
      NOW
    )
    expect(decided.status).toBe('decided')
    const past = pastAwardFromDecision(decided, catalogue, 2024, { id: 'h1', now: NOW })!
    expect([past.title, past.year, past.decisionNumber, past.source, past.proposalId]).toEqual([
      'Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội',
      2024,
      '05/QĐ-MTTQ-BTT',
      'decision',
      'p1'
    ])
    expect(decisionWords(past)).toBe(
      'Quyết định số 05/QĐ-MTTQ-BTT ngày 15/01/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội'
    )
  })

  it('needs the number, date and issuer of an accepted decision, and nothing from a refusal', () => {
    const p = proposal('p1', 'A', 'co-thi-dua-tinh')
    expect(() =>
      recordDecision(
        p,
        { outcome: 'accepted', finalAwardTypeId: '', number: '', date: '', issuer: '', note: '' },
        NOW
      )
    ).toThrow(/Số quyết định: chưa ghi/)
    const refused = recordDecision(
      p,
      {
        outcome: 'refused',
        finalAwardTypeId: '',
        number: '',
        date: '',
        issuer: '',
        note: 'Không đủ tiêu chuẩn'
      },
      NOW
    )
    expect(pastAwardFromDecision(refused, catalogue, 2024, { id: 'h', now: NOW })).toBeNull()
  })

  const event = (
    id: string,
    type: UnitLineageEvent['type'],
    from: string[],
    to: string[],
    date: string,
    basis = ''
  ) =>
    unitLineageEventSchema.parse({
      ...stamp,
      id,
      clusterId: 'c1',
      date,
      type,
      fromUnitIds: from,
      toUnitIds: to,
      basis
    })
  const award = (id: string, unitId: string, recipientName: string, year: number): PastAward =>
    pastAwardSchema.parse({
      ...stamp,
      id,
      unitId,
      recipientName,
      year,
      title: 'Bằng khen của Ủy ban MTTQ Việt Nam tỉnh',
      decisionNumber: `${id}/QĐ`,
      decisionDate: `${year + 1}-01-10`
    })

  it('follows a unit through a merger and a rename: predecessors’ awards under their old names', () => {
    const events = [
      event('e1', 'rename', ['xa-a-old'], ['xa-a'], '2020-01-01', 'NQ 10/NQ-UBTVQH'),
      event('e2', 'merge', ['xa-a', 'xa-b'], ['phuong-c'], '2025-07-01', 'NQ 1656/NQ-UBTVQH15')
    ]
    expect(
      predecessorsOf('phuong-c', events).map((p) => [p.unitId, p.path.map((e) => e.id)])
    ).toEqual([
      ['xa-a', ['e2']],
      ['xa-b', ['e2']],
      ['xa-a-old', ['e1', 'e2']]
    ])
    const awards = [
      award('1', 'xa-a-old', 'Ủy ban MTTQ xã A cũ', 2019),
      award('2', 'xa-b', 'Ủy ban MTTQ xã B', 2023),
      award('3', 'phuong-c', 'Ủy ban MTTQ phường C', 2025),
      award('4', 'xa-z', 'Ủy ban MTTQ xã Z (đơn vị khác)', 2024)
    ]
    const history = awardHistory('phuong-c', awards, events, { 'xa-a-old': 'Ủy ban MTTQ xã A cũ' })
    expect(history.map((h) => [h.award.year, h.award.recipientName, h.via])).toEqual([
      [
        2019,
        'Ủy ban MTTQ xã A cũ',
        'Đơn vị tiền thân, đổi tên ngày 01/01/2020 theo NQ 10/NQ-UBTVQH; sáp nhập ngày 01/07/2025 theo NQ 1656/NQ-UBTVQH15'
      ],
      [
        2023,
        'Ủy ban MTTQ xã B',
        'Đơn vị tiền thân, sáp nhập ngày 01/07/2025 theo NQ 1656/NQ-UBTVQH15'
      ],
      [2025, 'Ủy ban MTTQ phường C', '']
    ])
  })

  it('gives each unit split from another the history of the one it came from, but none after a dissolution', () => {
    const events = [
      event('s', 'split', ['old'], ['left', 'right'], '2025-07-01', 'NQ 1/NQ-UBTVQH15'),
      event('d', 'dissolve', ['gone'], [], '2025-07-01')
    ]
    const awards = [
      award('1', 'old', 'Ủy ban MTTQ huyện Cũ', 2022),
      award('2', 'gone', 'Ủy ban MTTQ huyện Hết', 2022)
    ]
    for (const unit of ['left', 'right'])
      expect(awardHistory(unit, awards, events).map((h) => [h.award.id, h.via])).toEqual([
        ['1', 'Đơn vị tiền thân, chia tách ngày 01/07/2025 theo NQ 1/NQ-UBTVQH15']
      ])
    expect(predecessorsOf('gone', events)).toEqual([])
  })

  it('refuses a lineage event that does not fit its type', () => {
    const valid = (type: UnitLineageEvent['type'], from: string[], to: string[]) =>
      unitLineageEventSchema.safeParse({
        ...stamp,
        id: 'e',
        clusterId: 'c',
        date: '2025-07-01',
        type,
        fromUnitIds: from,
        toUnitIds: to
      }).success
    expect(valid('merge', ['a'], ['b'])).toBe(false)
    expect(valid('rename', ['a'], ['a'])).toBe(false)
    expect(valid('split', ['a'], ['b'])).toBe(false)
    expect(valid('dissolve', ['a'], [])).toBe(true)
    expect(valid('merge', ['a', 'b'], ['c'])).toBe(true)
  })
})
