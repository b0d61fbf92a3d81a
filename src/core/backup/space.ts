import { LOW_DISK_BYTES } from './rotation'

/**
 * Room on disk for a restore. LevelDB is corrupted by a full disk (data-safety.md §1.4), so the app
 * stops writing while less than `LOW_DISK_BYTES` would remain, and a restore asks for its writes
 * on top of that before it writes anything.
 */

/** Message of every write refused while the disk is nearly full. */
export const LOW_DISK_MESSAGE =
  'Ổ đĩa sắp đầy nên ứng dụng tạm dừng ghi để bảo vệ dữ liệu (dữ liệu đã lưu vẫn an toàn). Hãy xóa bớt tệp không cần thiết trên máy rồi thử lại.'

/**
 * How many times the size of a backup IndexedDB may take, at its peak, to write its rows: LevelDB
 * writes them to its log first, then to its tables, and frees the log only when it compacts. An
 * estimate with a margin, not a measure: the check only has to keep the disk from filling.
 */
export const WRITE_FACTOR = 3

/**
 * Bytes that must be free before a step of a restore: checking an older file writes a staging
 * copy of its rows; writing it adds the safety backup of the current data and the rows again.
 */
export function restoreSpaceNeeded(
  incomingBytes: number,
  step: { staging: boolean } | { safetyBytes: number }
): number {
  const writes =
    'staging' in step
      ? step.staging
        ? WRITE_FACTOR * incomingBytes
        : 0
      : step.safetyBytes + WRITE_FACTOR * incomingBytes
  return LOW_DISK_BYTES + writes
}

/**
 * `1,2 GB`, `350 MB`: a size of disk in the secretary's words, rounded `down` (what is free) or
 * `up` (what is needed), so that a refusal never reads "300 MB free, 300 MB needed".
 */
export function diskWords(bytes: number, round: 'down' | 'up' = 'up'): string {
  const step = round === 'down' ? Math.floor : Math.ceil
  const mb = bytes / 1024 / 1024
  if (mb >= 1024) return `${(step(mb / 102.4) / 10).toFixed(1).replace('.', ',')} GB`
  return `${Math.max(1, step(mb))} MB`
}

/** Why a restore does not start, when the disk cannot take it; empty when it can. */
export function restoreSpaceProblem(
  freeBytes: number,
  neededBytes: number,
  fileBytes: number
): string {
  if (freeBytes >= neededBytes) return ''
  return `Chưa khôi phục vì ổ đĩa còn trống ${diskWords(freeBytes, 'down')}, mà khôi phục an toàn bản sao lưu ${diskWords(fileBytes)} cần khoảng ${diskWords(neededBytes)} (gồm bản tạm khi kiểm tra, bản sao lưu dữ liệu hiện tại và phần để dành ${diskWords(LOW_DISK_BYTES)} để ổ không bị đầy). Hãy xóa bớt tệp không cần thiết trên máy rồi thử lại. Dữ liệu hiện tại không thay đổi.`
}
