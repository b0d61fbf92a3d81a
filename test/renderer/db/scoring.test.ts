import { describe, expect, it } from 'vitest'
import { ValidationError } from '@core/model/validation'
import { EXAMPLE_SCORING_RULES, sampleScoringCriteria } from '@core/sample/sample-scoring'
import { loadOverview } from '../../../src/renderer/src/db/queries/overview-screen'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import { listClusterYears } from '../../../src/renderer/src/db/repositories/cluster-years-repo'
import {
  createPact,
  loadPactForYear,
  savePact
} from '../../../src/renderer/src/db/repositories/pact-repo'
import {
  loadScoringHistory,
  loadScoringYear
} from '../../../src/renderer/src/db/repositories/scoring-repo'
import {
  adoptScoringRules,
  reopenScoringRules,
  saveScoringRules,
  type ScoringRulesInput
} from '../../../src/renderer/src/db/repositories/scoring-rules-repo'
import {
  changeSheetStatus,
  changeSheetStatuses,
  saveScoreCells,
  saveScoreSheet,
  type SheetInput
} from '../../../src/renderer/src/db/repositories/scoring-sheets-repo'
import {
  adoptRanking,
  lockRanking,
  rankingStamp,
  reopenRanking
} from '../../../src/renderer/src/db/repositories/scoring-ranking-repo'
import { compileCriteria } from '@core/scoring/plan'
import {
  NOT_STORED,
  StaleRecordError,
  type SaveBase
} from '../../../src/renderer/src/db/concurrency'
import { readGeneration } from '../../../src/renderer/src/db/generation'
import {
  blankItem,
  toSheetForm,
  toSheetInput,
  type SheetForm
} from '../../../src/renderer/src/features/scoring/sheet-form'
import { restoreHappened } from '../../helpers/restore-happened'
import { mergeImportedScores } from '../../../src/renderer/src/db/repositories/scoring-import-repo'
import { listAuditFor } from '../../../src/renderer/src/db/repositories/audit'
import { dumpDb, makeTestDb } from '../../helpers/test-db'
import { loadScoringScreen } from '../../../src/renderer/src/db/queries/scoring-screen'

const RULES: ScoringRulesInput = {
  ...EXAMPLE_SCORING_RULES,
  selfScoreDeadline: '2024-10-25',
  scorer: 'cluster',
  scorerBody: '',
  basis: ['Quy chế hoạt động của Cụm thi đua số 1']
}

/** The sample cluster with a 2024 pact holding the example criteria, and its rules saved. */
async function setup(options: { adopt?: boolean } = {}) {
  const db = makeTestDb()
  const cluster = await loadSampleCluster(db)
  const year = (await listClusterYears(db, cluster.id)).find((y) => y.year === 2024)!
  const pact = await createPact(db, year.id)
  const criteria = sampleScoringCriteria().map((c) => ({ ...c, pactId: pact.id }))
  await savePact(db, pact.id, { pact: { ...pact, declaredTotal: 100 }, commitments: [], criteria })
  await saveScoringRules(db, year.id, RULES)
  if (options.adopt !== false) await adoptScoringRules(db, year.id, '2024-02-28')
  const record = (await loadScoringYear(db, year.id))!
  const leaves = record.criteria.filter((c) => c.kind === 'base').sort((a, b) => a.order - b.order)
  const bonus = record.criteria.find((c) => c.kind === 'bonus')!
  const units = year.memberUnitIds
  return { db, year, units, leaves, bonus, pactId: pact.id }
}

async function issuesOf(p: Promise<unknown>): Promise<string[]> {
  const e = await p.catch((x) => x)
  expect(e).toBeInstanceOf(ValidationError)
  return (e as ValidationError).issues.map((i) => i.message)
}

/** Every base criterion of a unit scored on one side (full marks less `minus` on the first). */
async function scoreAll(
  s: Awaited<ReturnType<typeof setup>>,
  unitId: string,
  side: 'self' | 'reviewed',
  minus = 0,
  diffReason = ''
) {
  await saveScoreCells(
    s.db,
    s.year.id,
    s.leaves.map((c, i) => ({
      unitId,
      criterionId: c.id,
      side,
      value: c.maxPoints! * 100 - (i === 0 ? minus : 0)
    })),
    { diffReason }
  )
}

describe('the rules of the year', () => {
  it('are saved as a draft, refused for adoption while the maxima do not add up, then locked', async () => {
    const s = await setup({ adopt: false })
    const { warnings } = await saveScoringRules(s.db, s.year.id, { ...RULES, declaredMax: 9000 })
    expect(warnings.map((w) => w.message)).toEqual([
      'Điểm chuẩn các tiêu chí cộng lại bằng 100, khác tổng điểm đã công bố (90).'
    ])
    expect(await issuesOf(adoptScoringRules(s.db, s.year.id, '2024-02-28'))).toContain(
      'Điểm chuẩn các tiêu chí cộng lại bằng 100, khác tổng điểm đã công bố (90).'
    )
    await saveScoringRules(s.db, s.year.id, RULES)
    await adoptScoringRules(s.db, s.year.id, '2024-02-28')
    expect(await issuesOf(saveScoringRules(s.db, s.year.id, RULES))).toEqual([
      'Quy định chấm điểm đã được thông qua ngày 28/02/2024, không sửa được nữa.'
    ])
    expect(await issuesOf(reopenScoringRules(s.db, s.year.id, ' '))).toEqual([
      'Mở lại quy định đã thông qua: cần ghi lý do.'
    ])
    const reopened = await reopenScoringRules(s.db, s.year.id, 'Sửa ngưỡng xếp loại Khá')
    expect(reopened.status).toBe('draft')
    const [last] = await listAuditFor(s.db, 'scoringRules', reopened.id)
    expect(last!.summary).toContain('Sửa ngưỡng xếp loại Khá')
    expect(last!.before).toMatchObject({ status: 'adopted' })
  })

  it('must be saved before any score is', async () => {
    const s = await setup({ adopt: false })
    await s.db.scoringRules.clear()
    expect(
      await issuesOf(
        saveScoreCells(s.db, s.year.id, [
          { unitId: s.units[0]!, criterionId: s.leaves[0]!.id, side: 'self', value: 900 }
        ])
      )
    ).toEqual([
      'Năm 2024 chưa lưu quy định chấm điểm: hãy lưu quy định (mục «Quy định») trước khi nhập điểm.'
    ])
  })
})

describe('scores typed in the grid', () => {
  it('are stored in hundredths with a draft sheet, off-grid values refused with the criterion named', async () => {
    const s = await setup()
    const unit = s.units[0]!
    await saveScoreCells(s.db, s.year.id, [
      { unitId: unit, criterionId: s.leaves[0]!.id, side: 'self', value: 950 }
    ])
    const record = (await loadScoringYear(s.db, s.year.id))!
    expect(record.entries).toHaveLength(1)
    expect(record.entries[0]).toMatchObject({ selfScore: 950, reviewedScore: null })
    expect(record.sheets).toHaveLength(1)
    expect(record.sheets[0]!.status).toBe('draft')
    const before = await dumpDb(s.db)
    const messages = await issuesOf(
      saveScoreCells(s.db, s.year.id, [
        { unitId: unit, criterionId: s.leaves[1]!.id, side: 'self', value: 1000 },
        { unitId: unit, criterionId: s.leaves[2]!.id, side: 'self', value: 925 }
      ])
    )
    expect(messages).toEqual([
      'Ủy ban MTTQ Việt Nam quận Đống Đa, Tiêu chí I.3 «Vận động Quỹ «Vì người nghèo» và các hoạt động an sinh xã hội»: điểm 9,25 không đúng bước chấm 0,5 điểm.'
    ])
    // All or nothing: the valid cell of the refused save was not written either.
    expect(await dumpDb(s.db)).toEqual(before)
  })

  it('refuses a reviewed score before the unit submits, and a change without its reason', async () => {
    const s = await setup()
    const unit = s.units[1]!
    await scoreAll(s, unit, 'self')
    const cut = {
      unitId: unit,
      criterionId: s.leaves[0]!.id,
      side: 'reviewed' as const,
      value: 900
    }
    expect((await issuesOf(saveScoreCells(s.db, s.year.id, [cut])))[0]).toContain(
      'Đơn vị chưa nộp phiếu: chưa chấm được.'
    )
    await changeSheetStatus(s.db, s.year.id, unit, 'submitted')
    expect((await issuesOf(saveScoreCells(s.db, s.year.id, [cut])))[0]).toContain(
      'điểm cụm chấm khác điểm tự chấm, cần ghi lý do.'
    )
    await saveScoreCells(s.db, s.year.id, [cut], { diffReason: 'Thiếu minh chứng quý IV' })
    const entry = (await loadScoringYear(s.db, s.year.id))!.entries.find(
      (e) => e.unitId === unit && e.criterionId === s.leaves[0]!.id
    )!
    expect(entry).toMatchObject({
      selfScore: 1000,
      reviewedScore: 900,
      diffReason: 'Thiếu minh chứng quý IV'
    })
    const audit = await listAuditFor(s.db, 'scoreEntries', entry.id)
    expect(audit[0]!.summary).toContain('(cụm chấm): 9')
  })
})

describe('a unit’s sheet', () => {
  it('moves draft → submitted only when every criterion is self-scored, naming what is missing', async () => {
    const s = await setup()
    const unit = s.units[2]!
    await saveScoreCells(s.db, s.year.id, [
      { unitId: unit, criterionId: s.leaves[0]!.id, side: 'self', value: 1000 }
    ])
    const messages = await issuesOf(changeSheetStatus(s.db, s.year.id, unit, 'submitted'))
    expect(messages).toHaveLength(8)
    expect(messages[0]).toContain('Tiêu chí I.2')
    expect(messages[0]).toContain('chưa có điểm tự chấm')
    await scoreAll(s, unit, 'self')
    const { moved, refused } = await changeSheetStatuses(s.db, s.year.id, s.units, 'submitted')
    expect(moved).toEqual([unit])
    expect(refused).toHaveLength(5)
  })

  it('saves evidence, items and the flag; after adoption a change needs a reason and keeps the earlier version', async () => {
    const s = await setup()
    for (const unit of s.units) {
      await scoreAll(s, unit, 'self')
      await changeSheetStatus(s.db, s.year.id, unit, 'submitted')
      await changeSheetStatus(s.db, s.year.id, unit, 'reviewed')
    }
    const unit = s.units[3]!
    const record = (await loadScoringYear(s.db, s.year.id))!
    const input: SheetInput = {
      sheet: {
        ...record.sheets.find((x) => x.unitId === unit)!,
        flag: { kind: 'inspection', note: 'Đang thanh tra việc quản lý Quỹ', since: '2024-09-01' }
      },
      entries: record.entries
        .filter((e) => e.unitId === unit)
        .map((e, i) =>
          i === 0
            ? {
                ...e,
                evidence: [
                  {
                    documentNumber: '45/BC-MTTQ',
                    documentDate: '2024-10-05',
                    fileName: '',
                    page: '3'
                  }
                ]
              }
            : e
        ),
      adjustments: [
        {
          id: '',
          kind: 'penalty',
          criterionId: '',
          order: 0,
          reason: 'Nộp báo cáo chậm 01 lần',
          evidence: [],
          proposedBy: 'cluster',
          selfPoints: null,
          reviewedPoints: 100,
          diffReason: '',
          explanation: '',
          explanationOn: ''
        }
      ]
    }
    // Self evidence after the review started: the unit's own fields are closed.
    expect(await issuesOf(saveScoreSheet(s.db, s.year.id, unit, input))).toContain(
      'Phiếu đã được chấm: muốn sửa điểm tự chấm hãy chuyển phiếu về «Đã nộp».'
    )
    await saveScoreSheet(s.db, s.year.id, unit, { ...input, entries: [] })
    await adoptRanking(s.db, s.year.id, { adoptedOn: '2024-12-10', meetingId: '' })
    const adopted = (await loadScoringYear(s.db, s.year.id))!
    const sheet = adopted.sheets.find((x) => x.unitId === unit)!
    expect(sheet.status).toBe('adopted')
    expect(sheet.flag?.kind).toBe('inspection')
    const items = adopted.adjustments.filter((a) => a.unitId === unit)
    const change: SheetInput = {
      sheet,
      entries: [],
      adjustments: items.map((a) => ({ ...a, reviewedPoints: 200 }))
    }
    expect(await issuesOf(saveScoreSheet(s.db, s.year.id, unit, change))).toEqual([
      'Bảng điểm đã thông qua: muốn sửa cần ghi lý do.'
    ])
    await saveScoreSheet(s.db, s.year.id, unit, change, 'Phát hiện thêm 01 lần nộp chậm')
    const [entry] = await listAuditFor(s.db, 'scoreSheets', sheet.id)
    expect(entry!.summary).toContain('Lý do sửa: Phát hiện thêm 01 lần nộp chậm')
    expect(JSON.stringify(entry!.before)).toContain('"reviewedPoints":100')
    expect(JSON.stringify(entry!.after)).toContain('"reviewedPoints":200')
  })
})

describe('the ranking', () => {
  it('is adopted only when every sheet is reviewed, keeps ties, then locks every sheet', async () => {
    const s = await setup()
    for (const [i, unit] of s.units.entries()) {
      await scoreAll(s, unit, 'self', i < 2 ? 0 : i * 50)
      await changeSheetStatus(s.db, s.year.id, unit, 'submitted')
    }
    const notReady = await issuesOf(
      adoptRanking(s.db, s.year.id, { adoptedOn: '2024-12-10', meetingId: '' })
    )
    expect(notReady).toHaveLength(6)
    expect(notReady[0]).toContain('chưa chấm xong')
    await changeSheetStatuses(s.db, s.year.id, s.units, 'reviewed')
    const snapshot = await adoptRanking(s.db, s.year.id, { adoptedOn: '2024-12-10', meetingId: '' })
    expect(snapshot.rows.slice(0, 3).map((r) => [r.rank, r.tied, r.total])).toEqual([
      [1, true, 10000],
      [1, true, 10000],
      [3, false, 9900]
    ])
    await lockRanking(s.db, s.year.id)
    const locked = (await loadScoringYear(s.db, s.year.id))!
    expect(locked.snapshot!.status).toBe('locked')
    expect(locked.sheets.every((x) => x.status === 'locked' && x.lockedAt !== '')).toBe(true)
    expect(await issuesOf(reopenRanking(s.db, s.year.id, 'Sai sót'))).toEqual([
      'Bảng xếp hạng đã khóa, không mở lại được.'
    ])
  })

  it('reopens an adopted table with its reason, sheets back to the review', async () => {
    const s = await setup()
    for (const unit of s.units) {
      await scoreAll(s, unit, 'self')
      await changeSheetStatus(s.db, s.year.id, unit, 'submitted')
      await changeSheetStatus(s.db, s.year.id, unit, 'reviewed')
    }
    await adoptRanking(s.db, s.year.id, { adoptedOn: '2024-12-10', meetingId: '' })
    await reopenRanking(s.db, s.year.id, 'Đơn vị đề nghị xem xét lại')
    const record = (await loadScoringYear(s.db, s.year.id))!
    expect(record.snapshot).toBeNull()
    expect(record.sheets.every((x) => x.status === 'reviewed')).toBe(true)
  })
})

describe('returned workbooks merged', () => {
  const imported = (s: Awaited<ReturnType<typeof setup>>) => ({
    entries: s.leaves.map((c) => ({
      criterionId: c.id,
      target: null,
      actual: null,
      selfScore: c.maxPoints! * 100,
      selfNote: '',
      evidence: []
    })),
    items: [
      {
        criterionId: s.bonus.id,
        kind: 'bonus' as const,
        selfPoints: 300,
        reason: 'Mô hình «Chợ văn minh»',
        evidence: []
      }
    ],
    signerName: 'Nguyễn Văn A',
    signedOn: '2024-10-20'
  })

  it('sets only the ticked criteria, replaces the unit’s own items and submits the sheet', async () => {
    const s = await setup()
    const unit = s.units[0]!
    await saveScoreSheet(s.db, s.year.id, unit, {
      sheet: { signerName: '', signerTitle: '', submittedOn: '', narrative: '', flag: null },
      entries: [],
      adjustments: [
        {
          id: '',
          kind: 'bonus',
          criterionId: s.bonus.id,
          order: 0,
          reason: 'Bản nháp cũ',
          evidence: [],
          proposedBy: 'unit',
          selfPoints: 100,
          reviewedPoints: null,
          diffReason: '',
          explanation: '',
          explanationOn: ''
        }
      ]
    })
    const ticked = [s.leaves[0]!.id, s.leaves[1]!.id, s.bonus.id]
    await mergeImportedScores(s.db, s.year.id, [
      { fileName: 'phieu.xlsx', unitId: unit, scores: imported(s), criterionIds: ticked }
    ])
    const record = (await loadScoringYear(s.db, s.year.id))!
    expect(record.entries.filter((e) => e.unitId === unit)).toHaveLength(2)
    const items = record.adjustments.filter((a) => a.unitId === unit)
    expect(items.map((a) => [a.reason, a.selfPoints])).toEqual([['Mô hình «Chợ văn minh»', 300]])
    expect(record.sheets[0]).toMatchObject({
      status: 'submitted',
      submittedOn: '2024-10-20',
      signerName: 'Nguyễn Văn A'
    })
  })

  it('refuses a file for a sheet already reviewed, naming it, and merges nothing', async () => {
    const s = await setup()
    const [a, b] = s.units
    for (const unit of [a!, b!]) {
      await scoreAll(s, unit, 'self', 100)
      await changeSheetStatus(s.db, s.year.id, unit, 'submitted')
    }
    await changeSheetStatus(s.db, s.year.id, b!, 'reviewed')
    const before = await dumpDb(s.db)
    const all = s.leaves.map((c) => c.id)
    expect(
      await issuesOf(
        mergeImportedScores(s.db, s.year.id, [
          { fileName: 'a.xlsx', unitId: a!, scores: imported(s), criterionIds: all },
          { fileName: 'b.xlsx', unitId: b!, scores: imported(s), criterionIds: all }
        ])
      )
    ).toEqual([
      'Tệp «b.xlsx» (Ủy ban MTTQ Việt Nam quận Hoàn Kiếm): Phiếu đã được chấm: muốn sửa điểm tự chấm hãy chuyển phiếu về «Đã nộp».'
    ])
    expect(await dumpDb(s.db)).toEqual(before)
  })
})

describe('the pact’s criteria once scored', () => {
  it('cannot lose a scored criterion or have its maximum lowered below a score', async () => {
    const s = await setup()
    await scoreAll(s, s.units[0]!, 'self')
    const pact = (await loadPactForYear(s.db, s.year.id))!
    const without = pact.criteria.filter((c) => c.id !== s.leaves[0]!.id)
    expect((await issuesOf(savePact(s.db, s.pactId, { ...pact, criteria: without })))[0]).toContain(
      'đã có điểm chấm của 1 đơn vị'
    )
    const lowered = pact.criteria.map((c) =>
      c.id === s.leaves[1]!.id ? { ...c, maxPoints: 10 } : c
    )
    expect((await issuesOf(savePact(s.db, s.pactId, { ...pact, criteria: lowered })))[0]).toMatch(
      /^Tiêu chí \d: đã có đơn vị được chấm 15 điểm, không hạ điểm chuẩn xuống dưới mức đó được\.$/
    )
  })
})

describe('where the year stands (Tổng quan) and the years before (trend)', () => {
  it('counts sheets missing, at each step, and says whether rules and ranking are adopted', async () => {
    const s = await setup()
    await scoreAll(s, s.units[0]!, 'self')
    await scoreAll(s, s.units[1]!, 'self')
    await changeSheetStatus(s.db, s.year.id, s.units[1]!, 'submitted')
    const { scoring } = await loadOverview(s.db)
    expect(scoring?.year.id).toBe(s.year.id)
    expect(scoring?.progress).toMatchObject({
      members: 6,
      missing: 4,
      byStatus: { draft: 1, submitted: 1, reviewed: 0 },
      rules: 'adopted',
      ranking: 'none',
      hasPact: true,
      hasCriteria: true,
      deadline: '2024-10-25'
    })
    // A year without any pact says so, not only that its pact lacks criteria.
    await s.db.pacts.clear()
    expect((await loadOverview(s.db)).scoring?.progress).toMatchObject({
      hasPact: false,
      hasCriteria: false
    })
  })

  it('gives each scored year’s totals and ranks, adopted or as recorded', async () => {
    const s = await setup()
    for (const [i, unit] of s.units.entries()) {
      await scoreAll(s, unit, 'self', i * 100)
      await changeSheetStatus(s.db, s.year.id, unit, 'submitted')
      await changeSheetStatus(s.db, s.year.id, unit, 'reviewed')
    }
    const cluster = s.year.clusterId
    const [live] = await loadScoringHistory(s.db, cluster)
    expect(live).toMatchObject({ year: 2024, adopted: false, declaredMax: 10000 })
    expect(live!.units[s.units[2]!]).toEqual({ total: 9800, rank: 3, tied: false })
    await adoptRanking(s.db, s.year.id, { adoptedOn: '2024-12-10', meetingId: '' })
    const [adopted] = await loadScoringHistory(s.db, cluster)
    expect(adopted!.adopted).toBe(true)
    expect(adopted!.units[s.units[0]!]).toEqual({ total: 10000, rank: 1, tied: false })
  })
})

describe('a sheet and the ranking in two windows (issue 16, point 2)', () => {
  type Setup = Awaited<ReturnType<typeof setup>>

  /** What the sheet panel starts from for a unit: its form and the version it read. */
  async function openSheet(s: Setup, unitId: string) {
    const record = (await loadScoringYear(s.db, s.year.id))!
    const plan = compileCriteria(record.criteria)
    const sheet = record.sheets.find((x) => x.unitId === unitId) ?? null
    const items = record.adjustments.filter((a) => a.unitId === unitId)
    const form = toSheetForm(
      plan,
      sheet,
      record.entries.filter((e) => e.unitId === unitId),
      items
    )
    const base: SaveBase = {
      updatedAt: sheet?.updatedAt ?? NOT_STORED,
      generation: await readGeneration(s.db),
      children: { adjustments: items.map((a) => a.id) }
    }
    const save = (f: SheetForm, b: SaveBase | undefined = base) =>
      saveScoreSheet(s.db, s.year.id, unitId, toSheetInput(f, plan).input!, '', b)
    return { base, form, save }
  }

  /** What the ranking screen remembers: the stamp of the table it shows. */
  async function openRanking(s: Setup): Promise<SaveBase> {
    const record = (await loadScoringYear(s.db, s.year.id))!
    return {
      updatedAt: rankingStamp(record.sheets, record.rules),
      generation: await readGeneration(s.db)
    }
  }

  async function staleReason(promise: Promise<unknown>) {
    const error = await promise.catch((e) => e)
    expect(error).toBeInstanceOf(StaleRecordError)
    return (error as StaleRecordError).reason
  }

  it('refuses the second of two sheet saves, and a sheet form opened before a score typed in the grid', async () => {
    const s = await setup()
    const unit = s.units[0]!
    await scoreAll(s, unit, 'self')
    const a = await openSheet(s, unit)
    const b = await openSheet(s, unit)
    await a.save({ ...a.form, narrative: 'Báo cáo gõ ở cửa sổ A' })
    const after = await dumpDb(s.db)
    expect(await staleReason(b.save({ ...b.form, signerName: 'Người ký B' }))).toBe('changed')
    expect(await dumpDb(s.db)).toEqual(after)

    const c = await openSheet(s, unit)
    await saveScoreCells(s.db, s.year.id, [
      { unitId: unit, criterionId: s.leaves[0]!.id, side: 'self', value: 0 }
    ])
    expect(await staleReason(c.save({ ...c.form, narrative: 'cũ' }))).toBe('changed')
    expect((await openSheet(s, unit)).form.entries[0]!.selfScore).toBe('0')
  })

  it('refuses a form that saw no sheet once another window has created it', async () => {
    const s = await setup()
    const unit = s.units[1]!
    const a = await openSheet(s, unit)
    expect(a.base.updatedAt).toBe(NOT_STORED)
    await scoreAll(s, unit, 'self')
    expect(await staleReason(a.save({ ...a.form, narrative: 'Báo cáo' }))).toBe('changed')
  })

  it('deletes only the item removed in this form; an item added elsewhere stays when saving over it', async () => {
    const s = await setup()
    const unit = s.units[2]!
    await scoreAll(s, unit, 'self')
    const item = (reason: string) => ({
      ...blankItem('bonus', 'unit'),
      criterionId: s.bonus.id,
      reason,
      selfPoints: '1'
    })
    const first = await openSheet(s, unit)
    await first.save({ ...first.form, items: [item('Giữ lại'), item('Bỏ đi')] })
    const a = await openSheet(s, unit)
    const b = await openSheet(s, unit)
    await b.save({ ...b.form, items: [...b.form.items, item('Thêm ở cửa sổ B')] })
    const kept = a.form.items.filter((i) => i.reason !== 'Bỏ đi')
    expect(await staleReason(a.save({ ...a.form, items: kept }))).toBe('changed')
    // "Vẫn lưu bản của tôi": from the sheet as stored now, with the items this form started with.
    const now = (await loadScoringYear(s.db, s.year.id))!.sheets.find((x) => x.unitId === unit)!
    await a.save({ ...a.form, items: kept }, { ...a.base, updatedAt: now.updatedAt })
    const reasons = (await loadScoringYear(s.db, s.year.id))!.adjustments
      .filter((x) => x.unitId === unit)
      .map((x) => x.reason)
    expect(reasons.sort()).toEqual(['Giữ lại', 'Thêm ở cửa sổ B'])
  })

  it('refuses a grid cell typed over a score changed meanwhile elsewhere, naming it', async () => {
    const s = await setup()
    const unit = s.units[0]!
    await scoreAll(s, unit, 'self')
    const cell = { unitId: unit, criterionId: s.leaves[0]!.id, side: 'self' as const }
    const shown = s.leaves[0]!.maxPoints! * 100
    await saveScoreCells(s.db, s.year.id, [{ ...cell, value: 0, before: shown }])
    const after = await dumpDb(s.db)
    const error = await saveScoreCells(s.db, s.year.id, [{ ...cell, value: 50, before: shown }])
      .then(() => null)
      .catch((e) => e as ValidationError)
    expect(error).toBeInstanceOf(ValidationError)
    expect(error!.issues[0]!.message).toMatch(
      /\(tự chấm\): ô này vừa được sửa ở cửa sổ khác thành 0, nên chưa lưu/
    )
    expect(await dumpDb(s.db)).toEqual(after)
  })

  it('adopts and locks only the table the secretary saw; a step refuses a sheet changed since', async () => {
    const s = await setup()
    for (const unit of s.units) {
      await scoreAll(s, unit, 'self')
      await changeSheetStatus(s.db, s.year.id, unit, 'submitted')
    }
    const unit = s.units[0]!
    const panel = await openSheet(s, unit)
    await changeSheetStatuses(s.db, s.year.id, s.units, 'reviewed')
    expect(
      await staleReason(changeSheetStatus(s.db, s.year.id, unit, 'submitted', '', panel.base))
    ).toBe('changed')

    const seen = await openRanking(s)
    await scoreAll(s, unit, 'reviewed', 50, 'Thiếu minh chứng')
    const before = await dumpDb(s.db)
    const decision = { adoptedOn: '2024-12-10', meetingId: '' }
    expect(await staleReason(adoptRanking(s.db, s.year.id, decision, seen))).toBe('changed')
    expect(await dumpDb(s.db)).toEqual(before)

    const fresh = await openRanking(s)
    const adopted = await adoptRanking(s.db, s.year.id, decision, fresh)
    expect(adopted.stamp).toBe((await openRanking(s)).updatedAt)
    await restoreHappened(s.db)
    expect(
      await staleReason(lockRanking(s.db, s.year.id, { ...fresh, updatedAt: adopted.stamp }))
    ).toBe('restored')
    expect((await loadScoringYear(s.db, s.year.id))!.snapshot!.status).toBe('adopted')
  })
})

describe('Chấm điểm read in one query', () => {
  it('reads the cluster, its years and the records of the year asked for, or of the newest', async () => {
    const { db, year } = await setup()
    const years = await listClusterYears(db, year.clusterId)
    const chosen = await loadScoringScreen(db, year.id)
    expect(chosen.cluster?.id).toBe(year.clusterId)
    expect(chosen.years).toEqual(years)
    expect(chosen.record).toEqual(await loadScoringYear(db, year.id))
    expect(chosen.record!.criteria.length).toBeGreaterThan(0)
    const newest = await loadScoringScreen(db, 'no-such-year')
    expect(newest.record!.year.id).toBe(years[0]!.id)
  })
})
