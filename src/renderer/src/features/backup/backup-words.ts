import { formatTimestampVi } from '@core/text/dates'
import type { BackupContents } from '@shared/ipc/contract'

const REASONS: Record<string, string> = {
  manual: 'sao lưu thủ công',
  start: 'khi mở ứng dụng',
  interval: 'định kỳ',
  quit: 'khi đóng ứng dụng',
  'before-restore': 'trước khi khôi phục',
  'before-upgrade': 'trước khi nâng cấp dữ liệu'
}

/** `2026-11-26T14:30:05.123` → `14:30 ngày 26/11/2026`. */
export function backupTimeWords(createdAt: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(createdAt)
  return m ? `${m[4]}:${m[5]} ngày ${m[3]}/${m[2]}/${m[1]}` : createdAt
}

/** Why a backup was made, in Vietnamese. */
export function backupReasonWords(reason: string): string {
  return REASONS[reason] ?? reason
}

/** `1,2 MB`, `350 KB`. */
export function sizeWords(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

const COUNTED: Array<[string, string]> = [
  ['memberUnits', 'đơn vị'],
  ['clusterYears', 'năm thi đua'],
  ['meetings', 'hội nghị'],
  ['documents', 'số văn bản']
]

/** `Cụm thi đua số 1`, or what to say when the backup's first lines could not be read. */
export function clusterNamesWords(contents: BackupContents | null | undefined): string {
  if (!contents) return 'không đọc được nội dung'
  return contents.clusters.length ? contents.clusters.join('; ') : 'chưa có cụm nào'
}

/** `6 đơn vị, 2 năm thi đua, 3 hội nghị, 12 số văn bản`: what a backup holds, in counts. */
export function countsWords(contents: BackupContents | null | undefined): string {
  if (!contents) return ''
  return COUNTED.map(([table, word]) => `${contents.counts[table] ?? 0} ${word}`).join(', ')
}

/**
 * What the start-up clean-up removed: `2 bản dữ liệu tạm còn sót lại của một lần khôi phục bị
 * gián đoạn (lúc 14:30 ngày 26/11/2026, …)`.
 */
export function leftoverWords(leftovers: Array<{ createdAt: string }>): string {
  const times = leftovers
    .map((l) => (l.createdAt ? formatTimestampVi(l.createdAt) : ''))
    .filter(Boolean)
  return `Khi mở, ứng dụng đã dọn ${leftovers.length} bản dữ liệu tạm còn sót lại của một lần khôi phục bị gián đoạn${
    times.length ? ` (tạo lúc ${times.join('; ')})` : ''
  }. Dữ liệu của bạn không bị ảnh hưởng.`
}
