import { dossierChecklist, dossierManifest, type DossierDocument } from '@core/awards/dossier'
import { buildAchievementReportDocument } from '@core/documents/kinds/achievement-report'
import { buildSubmissionDocument } from '@core/documents/kinds/award-submission'
import { buildBallotTallyDocument } from '@core/documents/kinds/ballot-tally'
import { buildClusterReportDocument } from '@core/documents/kinds/cluster-report'
import { buildDossierChecklistDocument } from '@core/documents/kinds/dossier-checklist'
import { buildResultNoticeDocument } from '@core/documents/kinds/result-notice'
import { buildScoreSummaryDocument } from '@core/documents/kinds/score-summary'
import { awardNames } from '@core/documents/kinds/year-end-common'
import type { DocumentModel } from '@core/documents/model'
import type { FormatProfile } from '@core/documents/profile'
import type { FolderFile } from '@shared/ipc/contract'
import { isReportComplete, reportFormOf, type ClusterReportForm } from './cluster-report-form'
import type { YearEndData } from './useYearEndData'

/** What the secretary writes once for the dossier's documents. */
export interface DossierOptions {
  issuedOn: string
  signerName: string
  /** The secretary's parts of the Báo cáo tổng kết (empty: "[chưa ghi …]" there). */
  report?: ClusterReportForm
  /** The folder also holds a PDF of each document (the desktop app prints them). */
  pdf?: boolean
}

export interface DossierPlan {
  documents: Array<DossierDocument & { model: DocumentModel }>
  checklist: ReturnType<typeof dossierChecklist>
  manifest: ReturnType<typeof dossierManifest>
  /** The checklist as a document (written as .docx, and as .pdf beside it when PDFs are made). */
  checklistModel: DocumentModel
}

/**
 * A document the cluster signs is ready only with its date and the name of the one who signs:
 * without them it would go upward with a blank under "CỤM TRƯỞNG", so the checklist keeps it
 * as a draft until both are given.
 */
export function signedOffState(options: {
  issuedOn: string
  signerName: string
}): 'ready' | 'draft' {
  return options.issuedOn !== '' && options.signerName.trim() !== '' ? 'ready' : 'draft'
}

/**
 * The dossier of the year (pure): every document the app makes from the records — the tờ trình
 * with its danh sách, the kiểm phiếu record, the score table, a draft Báo cáo thành tích per
 * proposal (the unit signs it; the checklist asks for the signed copy), the thông báo and the báo
 * cáo tổng kết — then the checklist and the folder's manifest. Null until the ballot has a meeting.
 */
export function dossierPlan(
  data: YearEndData,
  profile: FormatProfile,
  options: DossierOptions
): DossierPlan | null {
  const { record } = data
  const { cluster, year } = record.scoring
  const chain = data.chains[0]
  const meetingId = chain?.[0]!.ballot.meetingId ?? ''
  const facts = data.factsFor(meetingId)
  if (!chain || !facts) return null
  const issued = { issued: null, issuedOn: options.issuedOn, signerName: options.signerName }
  const ready = signedOffState(options)
  const report = options.report ?? reportFormOf(record.dossier)
  const doc = (
    kind: DossierDocument['kind'],
    key: string,
    title: string,
    model: DocumentModel,
    extra: Partial<DossierDocument> = {}
  ) => ({ kind, key, title, model, state: ready as DossierDocument['state'], ...extra })
  const submission = buildSubmissionDocument(facts, profile, issued)
  const documents = [
    doc('submission', 'submission', `Tờ trình đề nghị khen thưởng năm ${year.year}`, submission),
    doc('nominee-list', 'nominee-list', 'Danh sách trích ngang', submission, {
      partOf: 'submission'
    }),
    doc(
      'tally-record',
      'tally-record',
      `Biên bản kiểm phiếu năm ${year.year}`,
      buildBallotTallyDocument(
        {
          cluster,
          year,
          meeting: facts.meeting.meeting,
          unitNames: facts.meeting.unitNames,
          attendances: facts.meeting.attendances,
          rounds: chain,
          awardNames: awardNames(record.catalogue)
        },
        null,
        profile
      ),
      { state: 'ready' }
    ),
    doc(
      'score-summary',
      'score-summary',
      `Bảng tổng hợp kết quả chấm điểm năm ${year.year}`,
      buildScoreSummaryDocument(data.scoring, profile, record.scoring.snapshot?.adoptedOn ?? '', {
        preparedBy: '',
        signerName: options.signerName
      }),
      { state: 'ready' }
    ),
    ...record.proposals
      .filter((p) => p.status !== 'draft' && p.decision?.outcome !== 'refused')
      .map((p) =>
        doc(
          'achievement-report',
          `achievement-${p.id}`,
          `Báo cáo thành tích - ${p.unitName} (dự thảo)`,
          buildAchievementReportDocument(facts, p.id, profile, options.issuedOn),
          { proposalId: p.id, state: 'draft' }
        )
      ),
    doc(
      'result-notice',
      'result-notice',
      `Thông báo kết quả bình xét năm ${year.year}`,
      buildResultNoticeDocument(facts, profile, issued)
    ),
    doc(
      'cluster-report',
      'cluster-report',
      `Báo cáo tổng kết hoạt động Cụm năm ${year.year}`,
      buildClusterReportDocument(facts, profile, {
        ...issued,
        meetings: record.meetings,
        activities: report.reportActivities,
        assessment: report.reportAssessment,
        nextYear: report.reportNextYear
      }),
      // A part left empty is printed "[chưa ghi …]": the report is then a draft, never counted
      // as done by the checklist.
      { state: isReportComplete(report) ? ready : 'draft' }
    )
  ]
  const checklist = dossierChecklist({
    proposals: record.proposals,
    catalogue: record.catalogue,
    documents
  })
  const manifest = dossierManifest({
    clusterName: cluster.name,
    year: year.year,
    items: checklist,
    extra: documents.filter((d) => !checklist.some((i) => i.document?.key === d.key)),
    pdf: options.pdf ?? false
  })
  return {
    documents,
    checklist,
    manifest,
    checklistModel: buildDossierChecklistDocument(
      cluster,
      year.year,
      manifest.checklistText,
      profile
    )
  }
}

/**
 * The files of "Xuất hồ sơ", in the manifest's order: the checklist first, then each document as
 * .docx and, when the plan was made with PDFs, its printable page for the desktop to print to PDF
 * beside it. `pack` makes the .docx bytes, `printable` the page (both injected: they are heavy).
 */
export async function dossierFolderFiles(
  plan: DossierPlan,
  pack: (model: DocumentModel) => Promise<Uint8Array>,
  printable: (model: DocumentModel) => string
): Promise<FolderFile[]> {
  const models = new Map(plan.documents.map((d) => [d.key, d.model]))
  const withPdf = plan.manifest.files.some((f) => f.format === 'pdf')
  const files: FolderFile[] = []
  for (const f of plan.manifest.files) {
    if (f.format === 'txt') {
      const name = f.name.replace(/\.txt$/, '')
      files.push({ name, kind: 'docx', bytes: await pack(plan.checklistModel) })
      if (withPdf) files.push({ name, kind: 'pdf', html: printable(plan.checklistModel) })
      continue
    }
    const model = models.get(f.key)
    if (!model) throw new Error(`Hồ sơ thiếu văn bản “${f.name}”.`)
    const name = f.name.replace(/\.(docx|pdf)$/, '')
    files.push(
      f.format === 'pdf'
        ? { name, kind: 'pdf', html: printable(model) }
        : { name, kind: 'docx', bytes: await pack(model) }
    )
  }
  return files
}
