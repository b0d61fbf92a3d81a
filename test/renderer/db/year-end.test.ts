import { describe, expect, it } from 'vitest'
import { buildBallot } from '@core/ballot/build'
import type { Totals } from '@core/ballot/model'
import { clusterRulesSchema, clusterYearSchema, voteRuleSchema } from '@core/model/entities'
import { awardProposalSchema } from '@core/awards/model'
import { rankingSnapshotSchema } from '@core/scoring/model'
import type { OfficeDatabase } from '../../../src/renderer/src/db/database'
import {
  finaliseCount,
  recordTieDecision,
  reconcileEntries,
  saveBallot,
  saveCountSetup,
  saveTallyEntry
} from '../../../src/renderer/src/db/repositories/ballots-repo'
import {
  ensureCatalogue,
  proposalsFromBallots,
  recordProposalDecision
} from '../../../src/renderer/src/db/repositories/awards-repo'
import { listAuditFor } from '../../../src/renderer/src/db/repositories/audit'
import { yearEndProgress } from '../../../src/renderer/src/db/repositories/year-end-repo'
import { yearToOpen } from '../../../src/renderer/src/features/yearend/year-choice'
import { makeTestDb } from '../../helpers/test-db'
import { addV8Sample } from '../../helpers/v8-sample'

const T = '2026-11-30T00:00:00.000Z'
const YEAR = 'v1-009' // 2024 in the frozen v8 database
const [DD, HK, BD, HBT, , LB] = ['v1-002', 'v1-003', 'v1-004', 'v1-005', 'v1-006', 'v1-007']

async function seeded(): Promise<OfficeDatabase> {
  const db = makeTestDb()
  await db.open()
  await db.transaction('rw', db.tables, async () => {
    await addV8Sample(db)
    const y2024 = (await db.clusterYears.get(YEAR))!
    await db.clusterYears.add(
      clusterYearSchema.parse({
        ...y2024,
        id: 'y2025',
        year: 2025,
        leaderUnitId: '',
        deputyUnitId: ''
      })
    )
  })
  return db
}

function ballotFor(db: OfficeDatabase, tieRule: 'revote' | 'chair-decides' = 'revote') {
  return db.clusters.get('v1-001').then((cluster) => {
    const base = clusterRulesSchema.parse(cluster!.rules)
    const rules = {
      ...base,
      voteRules: {
        merit: voteRuleSchema.parse({
          denominator: 'valid-ballots',
          thresholdNum: 1,
          thresholdDen: 2,
          comparison: 'at-least',
          tieRule
        })
      }
    }
    return buildBallot({
      id: 'b1',
      now: T,
      clusterYearId: YEAR,
      year: 2024,
      rules,
      electors: 6,
      sections: [
        { kind: 'leading-unit', maxChoices: 1, unitIds: [LB, BD] },
        { kind: 'merit', maxChoices: 1, unitIds: [HBT, DD, HK] },
        { kind: 'leader', maxChoices: 1, unitIds: [HK] }
      ],
      unitNames: {},
      ranking: []
    })
  })
}

/** The Bằng khen section proposes the catalogue's Bằng khen; the proposals the counted ballots give. */
async function meritProposals(db: OfficeDatabase) {
  const catalogue = await ensureCatalogue(db, 'v1-001')
  const merits = catalogue.find((t) => t.code.startsWith('bang-khen'))!
  await db.ballots.toCollection().modify((b) => {
    b.sections.forEach((s) => {
      if (s.kind === 'merit') s.awardTypeId = merits.id
    })
  })
  return proposalsFromBallots(db, YEAR)
}

const f = (agree: number, disagree: number) => ({ agree, disagree, blank: 6 - agree - disagree })
const board = [
  { name: 'Nguyễn Văn An', position: '', unitId: BD, unitName: '', role: 'head' as const },
  { name: 'Lê Thị Bình', position: '', unitId: HBT, unitName: '', role: 'member' as const },
  { name: 'Phạm Văn Cường', position: '', unitId: DD, unitName: '', role: 'member' as const }
]
const setup = {
  board,
  present: null,
  ballotsIssued: 6,
  ballotsReturned: 6,
  startTime: '09:00',
  endTime: '09:30',
  doubleEntry: true,
  keptBy: ''
}

describe('a year-end count from paper to the year planner', () => {
  it('gives no result while the two entries differ, keeps the tie for round 2, sets leaders and history', async () => {
    const db = await seeded()
    const ballot = await saveBallot(db, await ballotFor(db))
    const [lead, merit, leader] = ballot.sections.map((s) => s.key) as [string, string, string]
    const totals = (hbt: number): Totals => ({
      valid: 6,
      invalid: [],
      sections: {
        [lead]: { void: 0, candidates: { [LB]: f(5, 1), [BD]: f(1, 5) } },
        [merit]: { void: 0, candidates: { [HBT]: f(hbt, 6 - hbt), [DD]: f(3, 3), [HK]: f(0, 6) } },
        [leader]: { void: 0, candidates: { [HK]: f(6, 0) } }
      }
    })
    await saveCountSetup(db, ballot.id, setup)
    await saveTallyEntry(db, ballot.id, 0, {
      enteredBy: 1,
      mode: 'totals',
      totals: totals(3),
      papers: [],
      written: []
    })
    await expect(
      saveTallyEntry(db, ballot.id, 1, {
        enteredBy: 1,
        mode: 'totals',
        totals: totals(2),
        papers: [],
        written: []
      })
    ).rejects.toThrow('hai thành viên khác nhau')
    await saveTallyEntry(db, ballot.id, 1, {
      enteredBy: 2,
      mode: 'totals',
      totals: totals(2),
      papers: [],
      written: []
    })
    await expect(finaliseCount(db, ballot.id)).rejects.toThrow('còn khác nhau')
    expect((await db.clusterYears.get(YEAR))!.leadingUnitId).toBeNull()

    await reconcileEntries(
      db,
      ballot.id,
      1,
      { enteredBy: 2, mode: 'totals', totals: totals(3), papers: [], written: [] },
      'Đọc lại phiếu thứ 4'
    )
    const first = await finaliseCount(db, ballot.id)
    expect(first.count.reconciliations).toHaveLength(1)
    expect(first.nextBallot).not.toBeNull()
    expect(first.nextBallot!.round).toBe(2)
    expect(first.nextBallot!.sections[0]!.candidates.map((c) => c.unitId)).toEqual([HBT, DD])
    expect((await db.clusterYears.get(YEAR))!.leadingUnitId).toBe(LB)
    expect((await db.clusterYears.get('y2025'))!.leaderUnitId).toBe(HK)

    const round2 = first.nextBallot!
    const key = round2.sections[0]!.key
    const t2: Totals = {
      valid: 6,
      invalid: [],
      sections: { [key]: { void: 0, candidates: { [HBT]: f(4, 2), [DD]: f(2, 4) } } }
    }
    await saveCountSetup(db, round2.id, setup)
    await saveTallyEntry(db, round2.id, 0, {
      enteredBy: 0,
      mode: 'totals',
      totals: t2,
      papers: [],
      written: []
    })
    await saveTallyEntry(db, round2.id, 1, {
      enteredBy: 1,
      mode: 'totals',
      totals: t2,
      papers: [],
      written: []
    })
    expect((await finaliseCount(db, round2.id)).nextBallot).toBeNull()

    const proposals = await meritProposals(db)
    expect(proposals.map((p) => [p.unitId, p.vote?.round])).toEqual([[HBT, 2]])
    await recordProposalDecision(db, proposals[0]!.id, {
      outcome: 'accepted',
      finalAwardTypeId: '',
      number: '15/QĐ-MTTQ-BTT',
      date: '2025-01-10',
      issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội',
      note: ''
    })
    const history = await db.pastAwards.where('proposalId').equals(proposals[0]!.id).toArray()
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ unitId: HBT, year: 2024, decisionNumber: '15/QĐ-MTTQ-BTT' })

    // A decision recorded is not silently re-decided: changing it names a reason, kept in the log.
    const refused = {
      outcome: 'refused' as const,
      finalAwardTypeId: '',
      number: '16/QĐ-MTTQ-BTT',
      date: '2025-01-12',
      issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội',
      note: ''
    }
    await expect(recordProposalDecision(db, proposals[0]!.id, refused)).rejects.toThrow(
      'Sửa quyết định'
    )
    await expect(
      recordProposalDecision(db, proposals[0]!.id, refused, { reason: '   ' })
    ).rejects.toThrow('ghi lý do sửa')
    expect((await db.awardProposals.get(proposals[0]!.id))!.decision!.number).toBe('15/QĐ-MTTQ-BTT')
    await recordProposalDecision(db, proposals[0]!.id, refused, {
      reason: 'Quyết định 15 bị thu hồi, thay bằng quyết định 16'
    })
    expect((await db.awardProposals.get(proposals[0]!.id))!.decision!.outcome).toBe('refused')
    expect(await db.pastAwards.where('proposalId').equals(proposals[0]!.id).count()).toBe(0)
    const log = await listAuditFor(db, 'awardProposals', proposals[0]!.id)
    const revised = log.find((e) => e.summary.startsWith('Sửa quyết định'))!
    expect(revised.summary).toContain('Quyết định 15 bị thu hồi, thay bằng quyết định 16')
    expect(revised.before).toMatchObject({ decision: { number: '15/QĐ-MTTQ-BTT' } })
    expect(revised.after).toMatchObject({ decision: { number: '16/QĐ-MTTQ-BTT' } })
    db.close()
  })
})

describe('a unit with award history', () => {
  it('cannot be deleted: its history and its rename would point at nothing', async () => {
    const { deleteMemberUnit } =
      await import('../../../src/renderer/src/db/repositories/member-units-repo')
    const db = await seeded()
    // v8-unit-1 (the renamed Hoàng Mai) is in no year; the rename event names it.
    await expect(deleteMemberUnit(db, 'v8-unit-1')).rejects.toThrow('1 sự kiện sáp nhập, đổi tên')
    await expect(deleteMemberUnit(db, 'v1-006')).rejects.toThrow('1 khen thưởng đã nhận')
    expect(await db.memberUnits.get('v8-unit-1')).toBeDefined()
    db.close()
  })
})

describe('a tie the rule leaves to the chair', () => {
  it('is settled by the recorded decision, in the same round', async () => {
    const db = await seeded()
    const ballot = await saveBallot(db, await ballotFor(db, 'chair-decides'))
    const [lead, merit, leader] = ballot.sections.map((s) => s.key) as [string, string, string]
    const totals: Totals = {
      valid: 6,
      invalid: [],
      sections: {
        [lead]: { void: 0, candidates: { [LB]: f(5, 1), [BD]: f(1, 5) } },
        [merit]: { void: 0, candidates: { [HBT]: f(3, 3), [DD]: f(3, 3), [HK]: f(0, 6) } },
        [leader]: { void: 0, candidates: { [HK]: f(6, 0) } }
      }
    }
    await saveCountSetup(db, ballot.id, { ...setup, doubleEntry: false })
    await saveTallyEntry(db, ballot.id, 0, {
      enteredBy: 0,
      mode: 'totals',
      totals,
      papers: [],
      written: []
    })
    await recordTieDecision(db, ballot.id, {
      sectionKey: merit,
      unitIds: [DD],
      note: 'Chủ trì chọn theo Quy chế'
    })
    const done = await finaliseCount(db, ballot.id)
    expect(done.nextBallot).toBeNull()
    const proposals = await meritProposals(db)
    expect(proposals.map((p) => p.unitId)).toEqual([DD])
    db.close()
  })
})

describe('the year Bình xét opens on', () => {
  it('is the year with an adopted ranking not yet closed, else the latest year', async () => {
    const db = await seeded()
    const years = (await db.clusterYears.toArray()).sort((a, b) => b.year - a.year)
    const progress = () =>
      yearEndProgress(
        db,
        years.map((y) => y.id)
      )
    expect(years[0]!.year).toBe(2025)
    await db.rankingSnapshots.where('clusterYearId').equals(YEAR).delete()
    // No year has a ranking: the latest year, as before.
    expect(yearToOpen(years, await progress())!.year).toBe(2025)
    await db.rankingSnapshots.add(
      rankingSnapshotSchema.parse({
        id: 'r2024',
        createdAt: T,
        updatedAt: T,
        clusterYearId: YEAR,
        computedAt: T,
        criteriaVersion: '0123456789abcdef',
        adoptedOn: '2024-11-01'
      })
    )
    expect(yearToOpen(years, await progress())!.year).toBe(2024)
    // Every proposal decided by the higher level: the year is closed, the latest year opens.
    await db.awardProposals.bulkAdd(
      ['p1', 'p2'].map((id) =>
        awardProposalSchema.parse({
          id,
          createdAt: T,
          updatedAt: T,
          clusterYearId: YEAR,
          unitId: HBT,
          unitName: 'x',
          awardTypeId: 'a',
          status: id === 'p1' ? 'decided' : 'submitted'
        })
      )
    )
    expect(yearToOpen(years, await progress())!.year).toBe(2024)
    await db.awardProposals.update('p2', { status: 'decided' })
    expect(await progress()).toMatchObject({ [YEAR]: { ranked: true, closed: true } })
    expect(yearToOpen(years, await progress())!.year).toBe(2025)
    db.close()
  })
})
