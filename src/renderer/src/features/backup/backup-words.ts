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
