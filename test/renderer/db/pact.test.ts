import { describe, expect, it } from 'vitest'
import { ValidationError } from '@core/model/validation'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import { listClusterYears } from '../../../src/renderer/src/db/repositories/cluster-years-repo'
import {
  correctPactSigning,
  createPact,
  listProgress,
  loadPactForYear,
  savePact,
  setProgress,
  signPact,
  type PactInput
} from '../../../src/renderer/src/db/repositories/pact-repo'
import { listAuditFor } from '../../../src/renderer/src/db/repositories/audit'
import type { ClusterYear } from '@core/model/entities'
import type { OfficeDatabase } from '../../../src/renderer/src/db/database'
import { dumpDb, makeTestDb } from '../../helpers/test-db'

async function setup() {
  const db = makeTestDb()
  const cluster = await loadSampleCluster(db)
  const years = await listClusterYears(db, cluster.id)
  const y2020 = years.find((y) => y.year === 2020)!
  const y2024 = years.find((y) => y.year === 2024)!
  const signed2020 = (await loadPactForYear(db, y2020.id))!
  return { db, y2020, y2024, signed2020 }
}

type Record = NonNullable<Awaited<ReturnType<typeof loadPactForYear>>>

/** Every member of the year named as its signer: the sample cluster names nobody. */
const signersOf = (year: ClusterYear) =>
  year.memberUnitIds.map((unitId, i) => ({ unitId, titleLines: [], name: `Người Ký ${i + 1}` }))

/** The pact as stored, its signers named when a year is given. */
const inputOf = (r: Record, year?: ClusterYear): PactInput => ({
  pact: year ? { ...r.pact, signatories: signersOf(year) } : r.pact,
  commitments: r.commitments,
  criteria: r.criteria
})

/** A copy of the 2020 pact for 2024, its signers named so that it can be signed. */
async function draft2024(db: OfficeDatabase, y2024: ClusterYear, signed2020: Record) {
  const pact = await createPact(db, y2024.id, signed2020.pact.id)
  await savePact(db, pact.id, inputOf((await loadPactForYear(db, y2024.id))!, y2024))
  return pact
}

async function issuesOf(p: Promise<unknown>) {
  const e = await p.catch((x) => x)
  expect(e).toBeInstanceOf(ValidationError)
  return (e as ValidationError).issues.map((i) => i.message)
}

describe('pacts', () => {
  it('copies the 2020 pact to 2024 as a draft with new ids, commitments and sub-items kept', async () => {
    const { db, y2024, signed2020 } = await setup()
    await createPact(db, y2024.id, signed2020.pact.id)
    const copy = (await loadPactForYear(db, y2024.id))!
    expect(copy.pact).toMatchObject({
      status: 'draft',
      title: 'Giao ước thi đua năm 2024',
      basis: signed2020.pact.basis
    })
    expect(copy.commitments).toHaveLength(9)
    expect(copy.commitments.filter((c) => c.parentId !== '')).toHaveLength(2)
    expect(copy.commitments.some((c) => signed2020.commitments.some((o) => o.id === c.id))).toBe(
      false
    )
    await expect(createPact(db, y2024.id)).rejects.toBeInstanceOf(ValidationError)
  })

  it('refuses negative or non-numeric points, naming the criterion, and changes nothing', async () => {
    const { db, y2024, signed2020 } = await setup()
    const pact = await createPact(db, y2024.id, signed2020.pact.id)
    const record = (await loadPactForYear(db, y2024.id))!
    const before = await dumpDb(db)
    expect(
      await issuesOf(
        savePact(db, pact.id, {
          ...inputOf(record),
          criteria: [
            {
              id: '',
              parentId: '',
              order: 0,
              code: '',
              text: 'Tiêu chí A',
              kind: 'base',
              maxPoints: -5,
              rule: ''
            },
            {
              id: '',
              parentId: '',
              order: 1,
              code: '',
              text: 'Tiêu chí B',
              kind: 'base',
              maxPoints: Number.NaN,
              rule: ''
            }
          ]
        })
      )
    ).toEqual(['Tiêu chí 1: Điểm chuẩn: không được âm.', 'Tiêu chí 2: Điểm chuẩn: phải là số.'])
    expect(await dumpDb(db)).toEqual(before)
  })

  it('refuses to sign when the base points do not add up to the declared total', async () => {
    const { db, y2024, signed2020 } = await setup()
    const pact = await createPact(db, y2024.id, signed2020.pact.id)
    const record = (await loadPactForYear(db, y2024.id))!
    const input = inputOf(record, y2024)
    await savePact(db, pact.id, {
      ...input,
      pact: { ...input.pact, declaredTotal: 100 },
      criteria: [
        {
          id: '',
          parentId: '',
          order: 0,
          code: '',
          text: 'Tiêu chí A',
          kind: 'base',
          maxPoints: 60,
          rule: ''
        },
        {
          id: '',
          parentId: '',
          order: 1,
          code: '',
          text: 'Thưởng',
          kind: 'bonus',
          maxPoints: 10,
          rule: ''
        }
      ]
    })
    expect(await issuesOf(signPact(db, pact.id, '2024-02-28', ''))).toEqual([
      'Tổng điểm chuẩn của các tiêu chí (60) khác tổng điểm đã công bố (100).'
    ])
  })

  it('refuses a signatory who is not a member that year', async () => {
    const { db, y2024, signed2020 } = await setup()
    const pact = await createPact(db, y2024.id, signed2020.pact.id)
    const record = (await loadPactForYear(db, y2024.id))!
    expect(
      await issuesOf(
        savePact(db, pact.id, {
          ...inputOf(record),
          pact: {
            ...record.pact,
            signatories: [{ unitId: 'khong-co', titleLines: ['TM.'], name: '' }]
          }
        })
      )
    ).toEqual(['Người ký: có đơn vị không tham gia cụm năm 2024.'])
  })

  it('locks a signed pact: a change needs an amendment reason, which the audit log keeps', async () => {
    const { db, y2020, signed2020 } = await setup()
    const input = inputOf(signed2020, y2020)
    const changed = { ...input, pact: { ...input.pact, immediateTask: 'Nhiệm vụ mới' } }
    expect(await issuesOf(savePact(db, signed2020.pact.id, changed))).toEqual([
      'Giao ước đã ký nên không sửa trực tiếp được. Hãy chọn “Sửa đổi sau khi ký” và ghi lý do sửa đổi.'
    ])
    await savePact(db, signed2020.pact.id, changed, 'Bổ sung theo chỉ đạo của Thành phố')
    const after = (await loadPactForYear(db, signed2020.pact.clusterYearId))!
    expect(after.pact).toMatchObject({ status: 'signed', immediateTask: 'Nhiệm vụ mới' })
    const [entry] = await listAuditFor(db, 'pacts', signed2020.pact.id)
    expect(entry!.summary).toBe('Sửa đổi giao ước đã ký: Bổ sung theo chỉ đạo của Thành phố')
  })

  it('refuses an amendment that breaks what signing required, or whose reason is only invisible characters', async () => {
    const { db, y2020, signed2020 } = await setup()
    const input = inputOf(signed2020, y2020)
    const overTotal = {
      ...input,
      pact: { ...input.pact, declaredTotal: 100 },
      criteria: [
        {
          id: '',
          parentId: '',
          order: 1,
          code: '',
          kind: 'base' as const,
          text: 'A',
          maxPoints: 250,
          rule: ''
        }
      ]
    }
    expect(await issuesOf(savePact(db, signed2020.pact.id, overTotal, 'Thử'))).toEqual([
      'Tổng điểm chuẩn của các tiêu chí (250) khác tổng điểm đã công bố (100).'
    ])
    expect(
      await issuesOf(savePact(db, signed2020.pact.id, { ...input, commitments: [] }, 'Thử'))
    ).toEqual(['Nội dung giao ước: chưa có nội dung nào.'])
    const changed = { ...input, pact: { ...input.pact, immediateTask: 'Nhiệm vụ mới' } }
    expect(await issuesOf(savePact(db, signed2020.pact.id, changed, '\u200b \u0001 '))).toEqual([
      'Lý do sửa đổi: không được để trống.'
    ])
    await savePact(db, signed2020.pact.id, changed, ' Bổ sung\u200b theo chỉ đạo\u0001 ')
    const [entry] = await listAuditFor(db, 'pacts', signed2020.pact.id)
    expect(entry!.summary).toBe('Sửa đổi giao ước đã ký: Bổ sung theo chỉ đạo')
    const stored = (await loadPactForYear(db, signed2020.pact.clusterYearId))!
    expect(stored.criteria.map((c) => c.maxPoints)).not.toContain(250)
  })

  it('signs a complete draft and keeps one tracking entry per unit and commitment', async () => {
    const { db, y2024, signed2020 } = await setup()
    const pact = await draft2024(db, y2024, signed2020)
    const signed = await signPact(db, pact.id, '2024-02-28', '')
    expect(signed.status).toBe('signed')
    const record = (await loadPactForYear(db, y2024.id))!
    const c = record.commitments[0]!
    await setProgress(db, c.id, y2024.memberUnitIds[0]!, {
      status: 'in-progress',
      evidence: 'Đã tổ chức 3 hội nghị',
      updatedOn: '2024-06-30'
    })
    await setProgress(db, c.id, y2024.memberUnitIds[0]!, {
      status: 'done',
      evidence: 'Hoàn thành',
      updatedOn: '2024-11-30'
    })
    const progress = await listProgress(db, [c.id])
    expect(progress).toHaveLength(1)
    expect(progress[0]).toMatchObject({ status: 'done', evidence: 'Hoàn thành' })
  })
})

describe('the signers', () => {
  it('refuses to sign while a signer’s name is blank, naming the unit, and changes nothing', async () => {
    const { db, y2024, signed2020 } = await setup()
    const pact = await draft2024(db, y2024, signed2020)
    const record = (await loadPactForYear(db, y2024.id))!
    const input = inputOf(record)
    const blank = y2024.leaderUnitId
    await savePact(db, pact.id, {
      ...input,
      pact: {
        ...input.pact,
        signatories: input.pact.signatories.map((s) =>
          s.unitId === blank ? { ...s, name: ' ' } : s
        )
      }
    })
    const before = await dumpDb(db)
    const leader = (await db.memberUnits.get(blank))!
    expect(await issuesOf(signPact(db, pact.id, '2024-02-28', ''))).toEqual([
      `Người ký: chưa ghi họ tên người ký của ${y2024.unitNames[blank] ?? leader.name}.`
    ])
    expect(await dumpDb(db)).toEqual(before)
    expect((await loadPactForYear(db, y2024.id))!.pact.status).toBe('draft')
  })

  it('an old signed pact with blank signers is amended only with every name filled in', async () => {
    const { db, y2020, signed2020 } = await setup()
    const amended = {
      ...inputOf(signed2020),
      pact: { ...signed2020.pact, closing: 'Đoạn kết mới' }
    }
    const before = await dumpDb(db)
    const [message] = await issuesOf(savePact(db, signed2020.pact.id, amended, 'Bổ sung'))
    expect(message).toBe(
      'Người ký: chưa ghi họ tên người ký của ' +
        ['Đống Đa', 'Hoàn Kiếm', 'Ba Đình', 'Hai Bà Trưng', 'Hoàng Mai', 'Long Biên']
          .map((district) => `Ủy ban MTTQ Việt Nam quận ${district}`)
          .join(', ') +
        '.'
    )
    expect(await dumpDb(db)).toEqual(before)
    const named = { ...amended, pact: { ...amended.pact, signatories: signersOf(y2020) } }
    await savePact(db, signed2020.pact.id, named, 'Ghi tên người ký')
    const after = (await loadPactForYear(db, y2020.id))!.pact
    expect(after).toMatchObject({ status: 'signed', closing: 'Đoạn kết mới' })
    expect(after.signatories.map((s) => s.name)).toEqual(signersOf(y2020).map((s) => s.name))
  })

  it('a date correction of a pact with blank signers says to name them in an amendment first', async () => {
    const { db, signed2020 } = await setup()
    const before = await dumpDb(db)
    const change = { signedOn: '2020-02-06', signingMeetingId: signed2020.pact.signingMeetingId }
    const [message] = await issuesOf(correctPactSigning(db, signed2020.pact.id, change, 'Sửa'))
    expect(message).toMatch(
      /^Người ký: chưa ghi họ tên người ký của .+\. Hãy ghi họ tên người ký bằng “Sửa đổi sau khi ký” rồi đính chính ngày ký\.$/
    )
    expect(await dumpDb(db)).toEqual(before)
  })
})

describe('the signing date', () => {
  it('defaults to the date of the signing meeting, and a date outside the pact’s years is refused', async () => {
    const { db, y2024, signed2020 } = await setup()
    const pact = await draft2024(db, y2024, signed2020)
    const meeting = (await db.meetings.toArray()).find((m) => m.date === '2024-02-28')!
    expect(await issuesOf(signPact(db, pact.id, '2026-01-05', meeting.id))).toEqual([
      'Ngày ký: giao ước năm 2024 không thể ký ngày 05/01/2026; ngày ký phải trong năm 2023 hoặc 2024.'
    ])
    expect(await issuesOf(signPact(db, pact.id, '', ''))).toEqual(['Ngày ký: chưa nhập ngày.'])
    const signed = await signPact(db, pact.id, '', meeting.id)
    expect(signed).toMatchObject({
      signedOn: '2024-02-28',
      signingMeetingId: meeting.id,
      documentId: ''
    })
    expect(await db.documents.count()).toBe(0)
  })

  it('is corrected in an amendment with its reason; a meeting of another year is refused', async () => {
    const { db, y2020, signed2020 } = await setup()
    // A pact signed with its signers named (the sample's names nobody).
    await db.pacts.update(signed2020.pact.id, { signatories: signersOf(y2020) })
    const other = (await db.meetings.toArray()).find((m) => m.date === '2024-02-28')!
    expect(
      await issuesOf(
        correctPactSigning(
          db,
          signed2020.pact.id,
          { signedOn: '2020-02-06', signingMeetingId: other.id },
          'Sửa'
        )
      )
    ).toEqual(['Hội nghị ký kết: phải là một hội nghị của năm 2020.'])
    expect(
      await issuesOf(
        correctPactSigning(
          db,
          signed2020.pact.id,
          { signedOn: '2020-02-06', signingMeetingId: signed2020.pact.signingMeetingId },
          ''
        )
      )
    ).toEqual([
      'Giao ước đã ký nên không sửa trực tiếp được. Hãy chọn “Sửa đổi sau khi ký” và ghi lý do sửa đổi.'
    ])
    const corrected = await correctPactSigning(
      db,
      signed2020.pact.id,
      { signedOn: '2020-02-06', signingMeetingId: signed2020.pact.signingMeetingId },
      'Ghi nhầm ngày ký'
    )
    expect(corrected.signedOn).toBe('2020-02-06')
    const [entry] = await listAuditFor(db, 'pacts', signed2020.pact.id)
    expect(entry!.summary).toBe(
      'Sửa đổi giao ước đã ký: Ghi nhầm ngày ký (ngày ký 05/02/2020 → 06/02/2020)'
    )
  })

  it('a cluster that numbers its pacts gives the signed pact a number dated the signing date, which a correction follows', async () => {
    const { db, y2024, signed2020 } = await setup()
    const cluster = (await db.clusters.toArray())[0]!
    await db.clusters.update(cluster.id, {
      rules: {
        ...cluster.rules,
        register: { ...cluster.rules.register, pactNumbering: 'numbered' }
      }
    })
    const pact = await draft2024(db, y2024, signed2020)
    const signed = await signPact(db, pact.id, '2024-02-28', '')
    const entry = (await db.documents.get(signed.documentId))!
    expect(entry).toMatchObject({
      symbol: '01/GƯTĐ-CTĐ1',
      issuedOn: '2024-02-28',
      year: 2024,
      sourceTable: 'pacts'
    })
    await correctPactSigning(
      db,
      pact.id,
      { signedOn: '2024-02-29', signingMeetingId: '' },
      'Ký lại ngày'
    )
    expect((await db.documents.get(signed.documentId))!.issuedOn).toBe('2024-02-29')
    expect(
      await issuesOf(
        correctPactSigning(db, pact.id, { signedOn: '2023-12-29', signingMeetingId: '' }, 'Ký sớm')
      )
    ).toEqual([
      'Văn bản đã được cấp số 01/GƯTĐ-CTĐ1 trong sổ năm 2024, nhưng ngày của văn bản nay là 29/12/2023 (năm 2023). Hãy hủy số cũ (ghi lý do) rồi cấp số mới, hoặc sửa ngày về năm 2024.'
    ])
    expect((await loadPactForYear(db, y2024.id))!.pact.signedOn).toBe('2024-02-29')
  })
})
