import { currentYear } from '@core/text/dates'
import { parseWholeNumber } from '@core/text/numbers'
import { defaultClusterSigner, defaultRecipients } from '@core/documents/kinds/common'
import { compositionSchema, type Cluster, type Composition } from '@core/model/entities'
import type { CompositionInput } from '../../db/repositories/compositions-repo'
import { sameValue } from '../../lib/same-value'
import { itemLine, type CompareSpec } from '../../components/concurrency/compare'

export type CompositionKind = Composition['kind']
export type ScheduleRow = Composition['scheduleRows'][number]

/** A Thông báo or Kế hoạch as the secretary types it: lists are one item per line. */
export interface CompositionForm {
  issuer: Composition['issuer']
  year: string
  summary: string
  issuedOn: string
  basis: string
  body: string
  scheduleRows: ScheduleRow[]
  signerTitleLines: string
  signerName: string
  recipients: string
}

export type CompositionTextField = Exclude<keyof CompositionForm, 'scheduleRows' | 'issuer'>

/** The signer's title when the leading unit issues the document (pattern B). */
export const LEADER_SIGNER_LINES = 'TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH'

/** The form of a stored document, or of a new one with the cluster's signer and recipients. */
export function toForm(
  cluster: Cluster,
  kind: CompositionKind,
  existing: Composition | null
): CompositionForm {
  if (existing) {
    return {
      issuer: existing.issuer ?? 'cluster',
      year: String(existing.year),
      summary: existing.summary,
      issuedOn: existing.issuedOn,
      basis: existing.basis.join('\n'),
      body: existing.body,
      scheduleRows: existing.scheduleRows,
      signerTitleLines: (existing.signerTitleLines.length
        ? existing.signerTitleLines
        : defaultClusterSigner(cluster).titleLines
      ).join('\n'),
      signerName: existing.signerName,
      recipients: existing.recipients.join('\n')
    }
  }
  return {
    issuer: 'cluster',
    year: String(currentYear()),
    summary: '',
    issuedOn: '',
    basis: '',
    body: kind === 'plan' ? '# Mục đích, yêu cầu\n\n# Nội dung\n\n# Tổ chức thực hiện\n' : '',
    scheduleRows: [],
    signerTitleLines: defaultClusterSigner(cluster).titleLines.join('\n'),
    signerName: '',
    recipients: defaultRecipients(cluster).join('\n')
  }
}

/** The form as the repository's input; validation happens there. */
export function toInput(
  cluster: Cluster,
  kind: CompositionKind,
  form: CompositionForm
): CompositionInput {
  return {
    clusterId: cluster.id,
    kind,
    issuer: form.issuer,
    year: parseWholeNumber(form.year),
    summary: form.summary,
    issuedOn: form.issuedOn,
    basis: form.basis.split('\n'),
    body: form.body,
    scheduleRows: form.scheduleRows,
    signerTitleLines: form.signerTitleLines.split('\n'),
    signerName: form.signerName,
    recipients: form.recipients.split('\n')
  }
}

/**
 * Another issuer chosen. The signer's title follows it while it is still the default of the
 * other issuer; a title the secretary typed is kept.
 */
export function changeIssuer(
  form: CompositionForm,
  issuer: CompositionForm['issuer'],
  cluster: Cluster
): CompositionForm {
  const clusterLines = defaultClusterSigner(cluster).titleLines.join('\n')
  const signerTitleLines =
    issuer === 'leader' && form.signerTitleLines === clusterLines
      ? LEADER_SIGNER_LINES
      : issuer === 'cluster' && form.signerTitleLines === LEADER_SIGNER_LINES
        ? clusterLines
        : form.signerTitleLines
  return { ...form, issuer, signerTitleLines }
}

/**
 * The document as the preview draws it while it is being typed: a blank summary shows as "…",
 * empty schedule rows are left out, and an unusable year falls back to this year. Null when the
 * form cannot make a document yet (the preview then says so).
 */
export function previewComposition(
  cluster: Cluster,
  kind: CompositionKind,
  form: CompositionForm,
  id: string | null
): Composition | null {
  const parsed = compositionSchema.safeParse({
    ...toInput(cluster, kind, form),
    summary: form.summary || '…',
    year: parseWholeNumber(form.year) || currentYear(),
    scheduleRows: form.scheduleRows.filter((r) => r.content.trim() !== ''),
    id: id ?? 'preview',
    createdAt: new Date(0).toISOString(),
    updatedAt: new Date(0).toISOString()
  })
  return parsed.success ? parsed.data : null
}

/** The shape of the composition form's drafts; bump when `CompositionForm` changes. */
export const COMPOSITION_DRAFT_VERSION = 1

/** Whether the form holds something not saved yet. */
export function isDirty(form: CompositionForm, saved: CompositionForm): boolean {
  return !sameValue(form, saved)
}

/** How "So sánh" names the composition form's fields (the labels of the screen). */
export const COMPOSITION_COMPARE: CompareSpec<CompositionForm> = {
  issuer: {
    label: 'Ban hành',
    text: (issuer) => (issuer === 'leader' ? 'Đơn vị cụm trưởng' : 'Cụm thi đua')
  },
  year: 'Năm',
  summary: 'Trích yếu',
  issuedOn: 'Ngày ban hành',
  basis: 'Căn cứ',
  body: 'Nội dung',
  scheduleRows: {
    label: 'Lịch',
    items: (rows) =>
      rows.map((row, i) => ({
        key: String(i),
        name: `dòng ${i + 1}`,
        text: itemLine(...Object.values(row))
      }))
  },
  signerTitleLines: 'Chức vụ người ký',
  signerName: 'Người ký',
  recipients: 'Nơi nhận'
}
