import { describe, expect, it } from 'vitest'
import { defaultClusterSigner } from '@core/documents/kinds/common'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import {
  changeIssuer,
  isDirty,
  LEADER_SIGNER_LINES,
  previewComposition,
  toForm,
  toInput
} from '../../../src/renderer/src/features/documents/composition-form'

const sample = buildSampleDataset('2026-01-01T00:00:00.000Z')
const cluster = sample.clusters[0]!
const notice = sample.compositions.find((c) => c.kind === 'notice')!

describe('the Thông báo / Kế hoạch form', () => {
  it('starts a plan with its three headings and the cluster as issuer and signer', () => {
    const form = toForm(cluster, 'plan', null)
    expect(form.body).toBe('# Mục đích, yêu cầu\n\n# Nội dung\n\n# Tổ chức thực hiện\n')
    expect(form.issuer).toBe('cluster')
    expect(form.signerTitleLines).toBe(defaultClusterSigner(cluster).titleLines.join('\n'))
    expect(form.recipients).not.toBe('')
    expect(toForm(cluster, 'notice', null).body).toBe('')
  })

  it('round-trips a stored notice', () => {
    const input = toInput(cluster, 'notice', toForm(cluster, 'notice', notice))
    expect(input).toMatchObject({
      summary: notice.summary,
      year: notice.year,
      recipients: notice.recipients
    })
    // One line per căn cứ; the blank line of an empty list is dropped by the repository's schema.
    expect(input.basis.filter(Boolean)).toEqual(notice.basis)
  })

  it('reads the year as digits only: «0x7E8» is no year, not 2024', () => {
    const form = toForm(cluster, 'notice', notice)
    expect(toInput(cluster, 'notice', { ...form, year: '2025' }).year).toBe(2025)
    expect(toInput(cluster, 'notice', { ...form, year: '0x7E8' }).year).toBeNaN()
    expect(toInput(cluster, 'notice', { ...form, year: '2e3' }).year).toBeNaN()
  })

  it('moves the signer’s title with the issuer, but keeps a title the secretary typed', () => {
    const form = toForm(cluster, 'notice', null)
    const byLeader = changeIssuer(form, 'leader', cluster)
    expect(byLeader.signerTitleLines).toBe(LEADER_SIGNER_LINES)
    expect(changeIssuer(byLeader, 'cluster', cluster).signerTitleLines).toBe(form.signerTitleLines)
    const typed = { ...form, signerTitleLines: 'KT. CỤM TRƯỞNG\nPHÓ CỤM TRƯỞNG' }
    expect(changeIssuer(typed, 'leader', cluster).signerTitleLines).toBe(typed.signerTitleLines)
  })

  it('previews while typing: "…" for a missing summary, empty schedule rows left out', () => {
    const form = {
      ...toForm(cluster, 'plan', null),
      year: 'năm nay',
      scheduleRows: [
        { content: 'Hội nghị sơ kết', time: 'Tháng 6', lead: '', note: '' },
        { content: '  ', time: '', lead: '', note: '' }
      ]
    }
    const preview = previewComposition(cluster, 'plan', form, null)
    expect(preview?.summary).toBe('…')
    expect(preview?.scheduleRows).toHaveLength(1)
    expect(preview?.year).toBeGreaterThan(2000)
  })

  it('is dirty after an edit or a new schedule row, and not when it matches what is saved', () => {
    const saved = toForm(cluster, 'notice', notice)
    expect(isDirty(toForm(cluster, 'notice', notice), saved)).toBe(false)
    expect(isDirty({ ...saved, body: saved.body + '\n- thêm' }, saved)).toBe(true)
    const row = { content: 'A', time: '', lead: '', note: '' }
    expect(isDirty({ ...saved, scheduleRows: [...saved.scheduleRows, row] }, saved)).toBe(true)
  })
})
