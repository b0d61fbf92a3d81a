import type { BackupHeader } from '@core/backup/format'
import { tableLabel } from '@core/backup/format'
import type { NamedChanges, RestoreSummary, TableChange } from '@core/backup/summary'
import { formatTimestampVi } from '@core/text/dates'
import type { RestoreStage } from '../../db/backup'
import { backupReasonWords } from './backup-words'

/**
 * The words of the restore screens, kept out of the components so they can be tested: what is
 * being done, what the file is, whose cluster it holds and what will change.
 */

const STAGES: Record<RestoreStage, string> = {
  parse: 'Đang đọc tệp',
  scan: 'Đang soát cấu trúc tệp',
  checksum: 'Đang kiểm tra mã SHA-256',
  migrate: 'Đang chuyển dữ liệu của phiên bản cũ',
  validate: 'Đang kiểm tra từng dòng dữ liệu',
  integrity: 'Đang kiểm tra liên kết giữa các bảng',
  compare: 'Đang so sánh với dữ liệu hiện tại',
  safety: 'Đang sao lưu dữ liệu hiện tại',
  write: 'Đang ghi dữ liệu'
}

export function stageWords(stage: RestoreStage): string {
  return STAGES[stage]
}

/** `35%`, never above 100 or below 0. */
export function percentWords(fraction: number): string {
  return `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`
}

/** `Bản sao lưu lúc 26/11/2026 14:30 (khi đóng ứng dụng)`: the backup's time on this PC's clock. */
export function headerWords(header: Pick<BackupHeader, 'createdAt' | 'reason'>): string {
  return `Bản sao lưu lúc ${formatTimestampVi(header.createdAt)} (${backupReasonWords(header.reason)})`
}

const names = (list: Array<{ name: string }>) =>
  list.length ? list.map((c) => `“${c.name}”`).join(', ') : 'chưa có cụm nào'

/** The clusters of the file next to the current ones, and a warning when they are not the same. */
export function clusterWords(summary: RestoreSummary): {
  file: string
  current: string
  warning: string
} {
  const file = names(summary.fileClusters)
  const current = names(summary.currentClusters)
  const warning =
    summary.clusterMatch === 'other'
      ? `Bản sao lưu này là của một cụm khác (${file}), không phải cụm đang có trên máy (${current}). Khôi phục sẽ xóa toàn bộ dữ liệu của ${current} trên máy này và thay bằng dữ liệu của ${file}.`
      : summary.clusterMatch === 'renamed'
        ? `Các cụm trong bản sao lưu (${file}) khác với các cụm hiện tại (${current}): tên hoặc số cụm đã thay đổi.`
        : ''
  return { file, current, warning }
}

/** `Thêm 3, bỏ 1, sửa 2`, or `không đổi`. */
export function changeWords(change: Pick<TableChange, 'added' | 'removed' | 'changed'>): string {
  const parts = [
    change.added ? `thêm ${change.added}` : '',
    change.removed ? `bỏ ${change.removed}` : '',
    change.changed ? `sửa ${change.changed}` : ''
  ].filter(Boolean)
  const text = parts.join(', ') || 'không đổi'
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The table's row of the summary: its Vietnamese name and the counts. */
export function tableChangeWords(change: TableChange): { label: string; words: string } {
  return { label: tableLabel(change.table), words: changeWords(change) }
}

/**
 * The names of what is added, removed and changed for one kind (units, years, meetings), with
 * the total when the list is cut: `Thêm (12): A, B, … và 2 khác`.
 */
export function namedWords(
  named: NamedChanges,
  counts: Pick<TableChange, 'added' | 'removed' | 'changed'> | undefined
): string[] {
  if (!counts) return []
  const line = (label: string, list: string[], total: number) =>
    total === 0
      ? ''
      : `${label} (${total}): ${list.join('; ')}${total > list.length ? ` và ${total - list.length} mục khác` : ''}`
  return [
    line('Thêm', named.added, counts.added),
    line('Bỏ', named.removed, counts.removed),
    line('Sửa', named.changed, counts.changed)
  ].filter(Boolean)
}
