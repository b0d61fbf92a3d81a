import { normalizeLine } from './normalize'

/**
 * Names Windows keeps for devices, whatever follows them: `CON`, `con.txt`, `CON .docx`,
 * `Con.tar.gz`, `CONIN$`, `COM¹` all open the device instead of a file. Windows compares the part
 * before the first dot, with trailing spaces (and dots) dropped, without regard to case; the
 * superscript digits ¹ ² ³ count as digits after COM and LPT.
 */
const RESERVED_STEM = /^(con|prn|aux|nul|conin\$|conout\$|clock\$|com[0-9¹²³]|lpt[0-9¹²³])$/i

/** Longest base name kept: leaves room for the folder path within Windows' 260-character limit. */
export const MAX_FILE_BASE_LENGTH = 120

/**
 * Longest whole name in UTF-8 bytes. Linux and macOS count a name in bytes (255 at most), and a
 * Vietnamese letter takes two or three; the atomic write also puts a temporary name of about 20
 * more bytes beside the file. 200 leaves room for both.
 */
export const MAX_FILE_NAME_BYTES = 200

// eslint-disable-next-line no-control-regex -- control characters are what must go
const FORBIDDEN = /[\u0000-\u001F\u007F<>:"?*]/g

const utf8Length = (text: string) => new TextEncoder().encode(text).length

/** Whether Windows would take this name (before its first dot) for a device. */
export function isReservedFileName(name: string): boolean {
  const stem = name.split('.')[0]!.replace(/[ .]+$/, '')
  return RESERVED_STEM.test(stem)
}

/**
 * A name cut for length ends on a whole word, not "… ví d", and without a bracket left open or a
 * comma or dash dangling — as a văn thư would shorten it. The cut goes back at most to half the
 * name, so a name of one very long word is still cut inside it.
 */
function atWordEnd(cut: string, next: string): string {
  const half = cut.length / 2
  let text = cut
  const space = text.lastIndexOf(' ')
  if (next !== ' ' && space > half) text = text.slice(0, space)
  const open = text.lastIndexOf('(')
  if (open > half && text.indexOf(')', open) < 0) text = text.slice(0, open)
  return text.replace(/[\s.,;:\-–—(]+$/u, '')
}

/**
 * Turns a proposed document name into a file name that is safe on Windows, macOS and Linux and
 * ends with `.extension`: the text cleaned by the one cleaner (NFC, no lone surrogates or invisible
 * characters), path separators become dashes, characters Windows forbids become spaces, leading and
 * trailing dots and spaces go, a device name in any form gets a `_` in front, and the length is
 * capped — in characters and in bytes — without cutting a Vietnamese letter in half.
 */
export function toSafeFileName(proposed: string, extension: string): string {
  const ext = extension.replace(/^\.+/, '').toLowerCase()
  let base = normalizeLine(proposed)
  if (base.toLowerCase().endsWith('.' + ext)) base = base.slice(0, -(ext.length + 1))
  base = base
    .replace(/[/\\|]/g, '-')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  // Room for the extension, its dot and a possible `_` in front.
  let room = MAX_FILE_NAME_BYTES - utf8Length(ext) - 2
  const kept: string[] = []
  for (const char of Array.from(base).slice(0, MAX_FILE_BASE_LENGTH)) {
    room -= utf8Length(char)
    if (room < 0) break
    kept.push(char)
  }
  const chars = Array.from(base)
  base = kept.length < chars.length ? atWordEnd(kept.join(''), chars[kept.length]!) : kept.join('')
  base = base.replace(/[\s.]+$/g, '')
  if (base === '') base = 'Tài liệu'
  if (isReservedFileName(base)) base = '_' + base
  return `${base}.${ext}`
}
