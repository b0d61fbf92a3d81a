import { SHEET_STATUS_LABELS } from '@core/scoring/sheet-status'
import { sheetProgress } from '@core/scoring/view'
import { formatDateVi, todayIso } from '@core/text/dates'
import type { ScoringTab } from './scoring-tabs'
import type { ScoringData } from './useScoringData'

/** One line on where the year stands: rules, sheets at each step, the ranking. */
export function ScoringStatus({
  data,
  onTab
}: {
  data: ScoringData
  onTab(tab: ScoringTab): void
}) {
  const { record, rules, rulesSaved } = data
  const progress = sheetProgress(record.year.memberUnitIds, record.sheets)
  const steps = (['draft', 'submitted', 'reviewed', 'explained', 'adopted', 'locked'] as const)
    .filter((s) => progress.byStatus[s] > 0)
    .map((s) => `${progress.byStatus[s]} ${SHEET_STATUS_LABELS[s].toLocaleLowerCase('vi')}`)
  const late =
    rules.selfScoreDeadline !== '' &&
    todayIso() > rules.selfScoreDeadline &&
    progress.missing + progress.byStatus.draft > 0
  const rulesWords = !rulesSaved
    ? 'chưa lưu'
    : rules.status === 'adopted'
      ? `đã thông qua${rules.adoptedOn ? ` ngày ${formatDateVi(rules.adoptedOn)}` : ''}`
      : 'đang dự thảo'
  const snapshot = record.snapshot
  const rankingWords = !snapshot
    ? 'chưa thông qua'
    : snapshot.status === 'locked'
      ? `đã khóa (thông qua ngày ${formatDateVi(snapshot.adoptedOn)})`
      : `đã thông qua ngày ${formatDateVi(snapshot.adoptedOn)}`
  return (
    <div className="scoring-status no-print" role="status" aria-label="Tình hình chấm điểm">
      <button type="button" className="link-button" onClick={() => onTab('quy-dinh')}>
        Quy định: {rulesWords}
      </button>
      <button type="button" className="link-button" onClick={() => onTab('phieu')}>
        Phiếu chấm ({progress.members} đơn vị):{' '}
        {[progress.missing > 0 ? `${progress.missing} chưa có` : '', ...steps]
          .filter(Boolean)
          .join(', ')}
      </button>
      {rules.selfScoreDeadline ? (
        <span className={late ? 'late' : ''}>
          Hạn nộp: {formatDateVi(rules.selfScoreDeadline)}
          {late ? ' (đã quá hạn)' : ''}
        </span>
      ) : null}
      <button type="button" className="link-button" onClick={() => onTab('xep-hang')}>
        Bảng xếp hạng: {rankingWords}
      </button>
    </div>
  )
}
