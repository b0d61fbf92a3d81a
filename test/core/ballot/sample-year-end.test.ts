import { describe, expect, it } from 'vitest'
import { dossierChecklist, dossierManifest } from '@core/awards/dossier'
import { checkProposalsBeforeSubmission } from '@core/awards/proposals'
import { checkBoard } from '@core/ballot/checks'
import { electedLeadership, leadingUnitOf } from '@core/ballot/effects'
import { countOutcome } from '@core/ballot/result'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { sampleYearEnd } from '@core/sample/sample-ballot'

const data = buildSampleDataset('2026-01-01T00:00:00.000Z')
const s = sampleYearEnd(data)
const name = (key: string) => s.meeting.year.unitNames[s.unit(key)]

describe('the example year-end of 2024, from the ranking to the proposals', () => {
  it('builds the paper from the adopted ranking: the leader for suy tôn, the tie for second on Bằng khen, the rotation’s pair', () => {
    expect(
      s.ballot.sections.map((x) => [
        x.kind,
        x.maxChoices,
        x.candidates.map((c) => c.label.replace('Ủy ban MTTQ Việt Nam quận ', ''))
      ])
    ).toEqual([
      ['leading-unit', 1, ['Long Biên']],
      ['merit', 2, ['Ba Đình', 'Hai Bà Trưng', 'Hoàng Mai']],
      ['leader', 1, ['Đống Đa']],
      ['deputy', 1, ['Hoàn Kiếm']]
    ])
    expect(s.ballot.sections[1]!.candidates.map((c) => [c.rank, c.tied])).toEqual([
      [2, true],
      [2, true],
      [4, false]
    ])
  })

  it('shows the one mark the two entries read differently, and no result until it is settled', () => {
    const o = countOutcome(s.ballot, s.disagreeing, s.attendance, s.absentUnitIds)
    expect(o.status).toBe('differ')
    if (o.status !== 'differ') return
    expect(o.comparison.papers.map((p) => p.message)).toEqual([
      `Phiếu thứ 3, Mục II. Đề nghị tặng Bằng khen — ${name('hoang-mai')}: A ghi “Đồng ý”, B ghi “Không đồng ý”.`
    ])
    expect(o.comparison.differences).toHaveLength(2)
    const settled = s.rounds[0]!.count
    expect(settled.reconciliations).toEqual([expect.objectContaining({ differences: 2 })])
    expect(countOutcome(s.ballot, settled, s.attendance, s.absentUnitIds).status).toBe('ready')
  })

  it('warns that board members come from units on the paper (every unit is, this year)', () => {
    const issues = checkBoard(s.ballot, s.rounds[0]!.count, s.meeting.year.unitNames)
    expect(issues.every((i) => i.severity === 'warning')).toBe(true)
    expect(issues).toHaveLength(3)
  })

  it('settles the tie in a second round and keeps both rounds', () => {
    expect(s.rounds.map((r) => [r.ballot.round, r.ballot.parentBallotId])).toEqual([
      [1, ''],
      [2, s.ballot.id]
    ])
    const merit = s.results.find((r) => r.section.kind === 'merit')!
    expect(merit.elected.map((e) => [e.label, e.round])).toEqual([
      [name('ba-dinh'), 1],
      [name('hai-ba-trung'), 2]
    ])
    expect(s.results.every((r) => r.complete)).toBe(true)
  })

  it('sets the year’s leading unit and next year’s leader and deputy', () => {
    expect(leadingUnitOf(s.results)).toBe(s.unit('long-bien'))
    expect(electedLeadership(s.results)).toEqual({
      leaderUnitId: s.unit('dong-da'),
      deputyUnitId: s.unit('hoan-kiem'),
      complete: true
    })
  })

  it('proposes the flag and two Bằng khen with nothing to acknowledge, and lists what the dossier still needs', () => {
    expect(s.proposals.map((p) => [p.unitName, p.awardTypeId])).toEqual([
      [name('long-bien'), 'award-co-thi-dua-tinh'],
      [name('ba-dinh'), 'award-bang-khen-tinh'],
      [name('hai-ba-trung'), 'award-bang-khen-tinh']
    ])
    expect(
      checkProposalsBeforeSubmission({
        year: 2024,
        catalogue: s.catalogue,
        proposals: s.proposals,
        history: s.pastAwards,
        flagged: {}
      })
    ).toEqual([])
    const items = dossierChecklist({
      proposals: s.proposals,
      catalogue: s.catalogue,
      documents: [
        { kind: 'submission', state: 'ready', key: 'ttr', title: 'Tờ trình 12-TTr-CTĐ1' },
        { kind: 'nominee-list', state: 'ready', key: 'ds', title: 'Danh sách', partOf: 'ttr' },
        {
          kind: 'tally-record',
          state: 'ready',
          key: 'bbkp',
          title: 'Biên bản kiểm phiếu 08-BB-CTĐ1'
        },
        {
          kind: 'achievement-report',
          state: 'draft',
          key: 'bctt',
          title: 'Báo cáo thành tích',
          proposalId: s.proposals[0]!.id
        }
      ]
    })
    const manifest = dossierManifest({
      clusterName: 'Cụm thi đua số 1',
      year: 2024,
      items,
      pdf: true
    })
    expect(manifest.complete).toBe(false)
    expect(manifest.checklistText).toContain('Hồ sơ còn thiếu 5 tài liệu.')
  })
})
