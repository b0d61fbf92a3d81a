import { IssuesAlert } from '../../components/IssuesAlert'
import { RecordChangedBanner } from '../../components/concurrency/RecordChangedBanner'
import { Field } from '../../components/Field'
import type { AwardDossier } from '@core/awards/model'
import { REPORT_LABELS, reportDifferences, type ClusterReportForm } from './cluster-report-form'
import type { ClusterReportState } from './useClusterReport'

/**
 * The parts of the Báo cáo tổng kết only the secretary can write. Each is outline text: a line
 * beginning "- " is an item, "## " a heading. Left empty, the report says "[chưa ghi …]" there
 * and stays a draft in the checklist.
 */
export function ClusterReportFields({
  report,
  dossier,
  nextYear
}: {
  report: ClusterReportState
  dossier: AwardDossier | null | undefined
  nextYear: number
}) {
  const { form, set, guard, dirty } = report
  const field = (key: keyof ClusterReportForm, label = REPORT_LABELS[key]) => (
    <Field
      multiline
      name={`cluster-report-${key}`}
      field={key}
      label={label}
      value={form[key]}
      error={report.issues.find((i) => i.field === key)?.message}
      onChange={(value) => set({ [key]: value })}
    />
  )
  return (
    <fieldset className="plain cluster-report" aria-label="Báo cáo tổng kết: phần thư ký viết">
      <h3>Báo cáo tổng kết: phần thư ký viết</h3>
      <p className="muted">
        Mỗi dòng bắt đầu bằng “- ” là một ý; dòng bắt đầu bằng “## ” là một đề mục. Phần để trống sẽ
        ghi “[chưa ghi …]” và báo cáo còn là bản nháp.
      </p>
      <RecordChangedBanner
        guard={guard}
        dirty={dirty}
        compare={() => reportDifferences(form, dossier)}
        onReload={report.reload}
      />
      <IssuesAlert issues={report.issues.filter((i) => !i.field)} />
      {field('reportActivities')}
      {field('reportAssessment')}
      {field('reportNextYear', `Phương hướng, nhiệm vụ năm ${nextYear}`)}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={!dirty}
          onClick={() => void report.save()}
        >
          Lưu nội dung báo cáo
        </button>
        <span role="status">{report.status}</span>
      </div>
    </fieldset>
  )
}
