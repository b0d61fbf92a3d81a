import type { AwardDossier } from '@core/awards/model'
import { normalizeText } from '@core/text/normalize'
import type { ClusterReportTexts } from '../../db/repositories/awards-repo'
import { compareLines, type Difference } from '../../components/concurrency/compare'

/**
 * The Báo cáo tổng kết's own parts, typed on the Hồ sơ tab (pure): what the form starts from,
 * whether it holds unsaved edits, what differs from the stored version, and whether the report
 * is complete enough to count as done in the dossier's checklist.
 */

export type ClusterReportForm = ClusterReportTexts

export const REPORT_LABELS: Record<keyof ClusterReportForm, string> = {
  reportActivities: 'Hoạt động của Cụm trong năm',
  reportAssessment: 'Đánh giá chung (ưu điểm, hạn chế, nguyên nhân)',
  reportNextYear: 'Phương hướng, nhiệm vụ năm sau'
}

const KEYS = Object.keys(REPORT_LABELS) as Array<keyof ClusterReportForm>

/** The texts as stored in the year's dossier (empty when there is none yet). */
export function reportFormOf(dossier: Partial<AwardDossier> | null | undefined): ClusterReportForm {
  return {
    reportActivities: dossier?.reportActivities ?? '',
    reportAssessment: dossier?.reportAssessment ?? '',
    reportNextYear: dossier?.reportNextYear ?? ''
  }
}

/** Whether the form differs from what is stored, as the save would clean it. */
export function isReportDirty(
  form: ClusterReportForm,
  dossier: Partial<AwardDossier> | null | undefined
): boolean {
  const stored = reportFormOf(dossier)
  return KEYS.some((k) => normalizeText(form[k]) !== stored[k])
}

/** Line by line, what the form holds against the version stored now (for «So sánh»). */
export function reportDifferences(
  form: ClusterReportForm,
  dossier: Partial<AwardDossier> | null | undefined
): Difference[] {
  const stored = reportFormOf(dossier)
  return KEYS.flatMap((k) => compareLines(REPORT_LABELS[k], form[k], stored[k]))
}

/** The report is complete when each of the three parts says something. */
export function isReportComplete(form: ClusterReportForm): boolean {
  return KEYS.every((k) => form[k].trim() !== '')
}
