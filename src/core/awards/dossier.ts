import { toSafeFileName } from '../text/file-name'
import { DOSSIER_DOC_LABELS } from './catalogue'
import { DOSSIER_DOC_KINDS, type AwardProposal, type AwardType, type DossierDocKind } from './model'

/**
 * The dossier sent upward (issue 15 §5, year-end.md §C.4): what it must hold for the proposals
 * that stand, what it still lacks — per document and, for the Báo cáo thành tích, per unit and
 * award — and the manifest of the folder "Xuất hồ sơ" writes (every document as .docx and, on the
 * desktop, .pdf, plus the checklist), which the writer creates in one atomic step.
 */

/** A document the app has (or knows of) for the dossier. */
export interface DossierDocument {
  kind: DossierDocKind
  /** For a Báo cáo thành tích: the proposal it supports. */
  proposalId?: string
  /** `ready`: made by the cluster and final; `signed`: the signed copy received (a unit's report). */
  state: 'draft' | 'ready' | 'signed'
  /** The key the exporter uses to build the file (the document model's source). */
  key: string
  /** The title for the file name: `Tờ trình 12-TTr-CTĐ1 đề nghị khen thưởng năm 2024`. */
  title: string
  /** Another document's file holds this one (the danh sách is the annex of the tờ trình). */
  partOf?: string
}

export interface ChecklistItem {
  kind: DossierDocKind
  label: string
  proposalId: string
  /** `Ủy ban MTTQ Việt Nam quận Long Biên — Cờ thi đua …` for a per-unit document. */
  subject: string
  present: boolean
  /** What is wrong when not present, in the secretary's words. */
  problem: string
  document: DossierDocument | null
}

/** Documents signed by someone outside the cluster must be the signed copy. */
const NEEDS_SIGNED: ReadonlySet<DossierDocKind> = new Set(['achievement-report'])

/**
 * Every document the standing proposals require, in dossier order, present or not. A refused or
 * draft proposal requires nothing; a Báo cáo thành tích is required per proposal; a unit's report
 * counts only as the copy the unit signed (the app's draft is not enough).
 */
export function dossierChecklist(input: {
  proposals: AwardProposal[]
  catalogue: AwardType[]
  documents: DossierDocument[]
}): ChecklistItem[] {
  const active = input.proposals.filter(
    (p) => p.status !== 'draft' && p.decision?.outcome !== 'refused'
  )
  const needed = new Set<DossierDocKind>()
  for (const p of active)
    for (const kind of input.catalogue.find((t) => t.id === p.awardTypeId)?.requiredDocs ?? [])
      needed.add(kind)
  const items: ChecklistItem[] = []
  for (const kind of DOSSIER_DOC_KINDS) {
    if (!needed.has(kind)) continue
    const label = DOSSIER_DOC_LABELS[kind]
    const targets =
      kind === 'achievement-report'
        ? active
            .filter((p) =>
              input.catalogue.find((t) => t.id === p.awardTypeId)?.requiredDocs.includes(kind)
            )
            .map((p) => ({
              proposalId: p.id,
              subject: `${p.unitName} — ${input.catalogue.find((t) => t.id === p.awardTypeId)?.name ?? ''}`
            }))
        : [{ proposalId: '', subject: '' }]
    for (const target of targets) {
      const doc =
        input.documents.find(
          (d) => d.kind === kind && (target.proposalId === '' || d.proposalId === target.proposalId)
        ) ?? null
      const signed = NEEDS_SIGNED.has(kind)
      const present = doc !== null && (signed ? doc.state === 'signed' : doc.state !== 'draft')
      const of = target.subject ? ` của ${target.subject}` : ''
      const problem = present
        ? ''
        : doc === null
          ? `Còn thiếu ${label}${of}.`
          : signed
            ? `${label}${of}: mới có bản dự thảo, chưa nhận bản đơn vị đã ký, đóng dấu và có xác nhận của cấp trình.`
            : `${label}${of}: còn là bản nháp, chưa hoàn tất.`
      items.push({
        kind,
        label,
        proposalId: target.proposalId,
        subject: target.subject,
        present,
        problem,
        document: doc
      })
    }
  }
  return items
}

/** What the dossier still lacks, one sentence each; empty when complete. */
export function dossierGaps(items: ChecklistItem[]): string[] {
  return items.filter((i) => !i.present).map((i) => i.problem)
}

export interface ManifestFile {
  /** The file name inside the folder. */
  name: string
  format: 'docx' | 'pdf' | 'txt'
  /** The document to render (empty for the checklist, whose text is `checklistText`). */
  key: string
}

export interface DossierManifest {
  folderName: string
  files: ManifestFile[]
  checklistText: string
  /** The dossier is complete (nothing missing). */
  complete: boolean
}

/**
 * The folder of the dossier: one numbered file per document in dossier order (a document inside
 * another's file, like the danh sách, has none of its own), each as .docx and, when `pdf`, as
 * .pdf, plus `00 Danh mục hồ sơ.txt` with the checklist. Names are safe on Windows.
 * A draft is exported too (so it can be read), and the checklist says it is one.
 */
export function dossierManifest(input: {
  clusterName: string
  year: number
  items: ChecklistItem[]
  /** Documents outside the required list to add (e.g. the Thông báo, the Báo cáo tổng kết). */
  extra?: DossierDocument[]
  pdf: boolean
}): DossierManifest {
  const folderName = toSafeFileName(
    `Hồ sơ đề nghị khen thưởng năm ${input.year} - ${input.clusterName}`,
    'x'
  ).replace(/\.x$/, '')
  // Every file starts with its own number, so names never collide, even cut at the length limit.
  const checklistName = toSafeFileName('00 Danh mục hồ sơ', 'txt')
  const docs: DossierDocument[] = []
  for (const item of input.items)
    if (item.document && !item.document.partOf && !docs.some((d) => d.key === item.document!.key))
      docs.push(item.document)
  for (const extra of input.extra ?? [])
    if (!extra.partOf && !docs.some((d) => d.key === extra.key)) docs.push(extra)
  const files: ManifestFile[] = [{ name: checklistName, format: 'txt', key: '' }]
  docs.forEach((doc, i) => {
    const base = `${String(i + 1).padStart(2, '0')} ${doc.title}`
    files.push({ name: toSafeFileName(base, 'docx'), format: 'docx', key: doc.key })
    if (input.pdf) files.push({ name: toSafeFileName(base, 'pdf'), format: 'pdf', key: doc.key })
  })
  const fileOf = (key: string) =>
    files
      .filter((f) => f.key === key)
      .map((f) => f.name)
      .join(', ')
  const lines = [
    `DANH MỤC HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG NĂM ${input.year}`,
    input.clusterName,
    '',
    ...input.items.map((item, i) => {
      const what = `${i + 1}. ${item.label}${item.subject ? ` (${item.subject})` : ''}`
      if (!item.present) return `${what}: CHƯA ĐỦ. ${item.problem}`
      const doc = item.document!
      const where = doc.partOf ? `trong tệp ${fileOf(doc.partOf)}` : fileOf(doc.key)
      return `${what}: có${doc.state === 'signed' ? ' (bản đã ký)' : ''} — ${where}`
    }),
    ...(input.extra ?? []).map(
      (doc, i) => `${input.items.length + i + 1}. ${doc.title} (gửi kèm) — ${fileOf(doc.key)}`
    ),
    '',
    dossierGaps(input.items).length === 0
      ? 'Hồ sơ đã đủ các tài liệu theo danh mục.'
      : `Hồ sơ còn thiếu ${dossierGaps(input.items).length} tài liệu.`
  ]
  return {
    folderName,
    files,
    checklistText: `${lines.join('\r\n')}\r\n`,
    complete: dossierGaps(input.items).length === 0
  }
}
