import { Link } from 'react-router'
import type { ClusterYear } from '@core/model/entities'
import { formatDateVi, todayIso } from '@core/text/dates'
import type { ScoringProgress } from '../../db/queries/overview-screen'

/**
 * Where the year's scoring stands, on Tổng quan: sheets missing, still with the units, submitted
 * and waiting for the review, reviewed, adopted; the rules and the ranking; the deadline.
 */
export function ScoringProgressPanel({
  year,
  progress
}: {
  year: ClusterYear
  progress: ScoringProgress
}) {
  const { byStatus } = progress
  const reviewed = byStatus.reviewed + byStatus.explained
  const adopted = byStatus.adopted + byStatus.locked
  const late =
    progress.deadline !== '' &&
    todayIso() > progress.deadline &&
    progress.missing + byStatus.draft > 0
  const lines: Array<[string, number, string]> = [
    ['missing', progress.missing, 'chưa có phiếu'],
    ['draft', byStatus.draft, 'đang nhập (chưa nộp)'],
    ['submitted', byStatus.submitted, 'đã nộp, chờ cụm chấm'],
    ['reviewed', reviewed, 'đã chấm'],
    ['adopted', adopted, 'đã thông qua']
  ]
  return (
    <section className="panel" aria-labelledby="scoring-progress-title">
      <h2 id="scoring-progress-title">Chấm điểm năm {year.year}</h2>
      {!progress.hasPact ? (
        <p>
          Năm {year.year} chưa có giao ước thi đua. <Link to="/giao-uoc">Soạn giao ước</Link>
        </p>
      ) : !progress.hasCriteria ? (
        <p>
          Giao ước năm {year.year} chưa có tiêu chí chấm điểm.{' '}
          <Link to="/giao-uoc">Soạn tiêu chí</Link>
        </p>
      ) : (
        <>
          <table className="table">
            <tbody>
              {lines.map(([key, count, words]) => (
                <tr key={key}>
                  <td className="num">{count}</td>
                  <td>
                    {words}
                    {key === 'missing' || key === 'draft'
                      ? late && count > 0
                        ? ' — đã quá hạn nộp'
                        : ''
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            {progress.members} đơn vị tham gia.{' '}
            {progress.deadline ? `Hạn nộp: ${formatDateVi(progress.deadline)}. ` : ''}
            Quy định:{' '}
            {progress.rules === 'none'
              ? 'chưa lưu'
              : progress.rules === 'adopted'
                ? 'đã thông qua'
                : 'đang dự thảo'}
            . Bảng xếp hạng:{' '}
            {progress.ranking === 'none'
              ? 'chưa thông qua'
              : progress.ranking === 'locked'
                ? 'đã khóa'
                : 'đã thông qua'}
            .
          </p>
          <Link to={`/cham-diem?nam=${year.id}`}>Đi tới bảng điểm năm {year.year}</Link>
        </>
      )}
    </section>
  )
}
