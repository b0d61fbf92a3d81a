import { normalizeLine } from './normalize'

const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i
/** Longest base name kept: leaves room for the folder path within Windows' 260-character limit. */
export const MAX_FILE_BASE_LENGTH = 120

/**
 * Turns a proposed document name into a file name that is safe on Windows, macOS and Linux and
 * ends with `.extension`: reserved characters become spaces or dashes, control characters go,
 * trailing dots and spaces go, reserved device names get a prefix, and the length is capped
 * without cutting a Vietnamese letter in half. Vietnamese letters are kept (NFC).
 */
export function toSafeFileName(proposed: string, extension: string): string {
  const ext = extension.replace(/^\.+/, '').toLowerCase()
  let base = normalizeLine(proposed)
  if (base.toLowerCase().endsWith('.' + ext)) base = base.slice(0, -(ext.length + 1))
  base = base
    .replace(/[/\\|]/g, '-')
    .replace(/[<>:"?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  base = Array.from(base)
    .slice(0, MAX_FILE_BASE_LENGTH)
    .join('')
    .replace(/[\s.]+$/g, '')
  if (base === '') base = 'Tài liệu'
  if (RESERVED_WINDOWS_NAMES.test(base)) base = '_' + base
  return `${base}.${ext}`
}
