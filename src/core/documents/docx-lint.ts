import { unzipSync } from 'fflate'
import { hasForbiddenCharacters } from '../text/normalize'

/** Characters XML 1.0 forbids (apart from surrogates, which valid UTF-8 cannot carry). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
/** A character reference to one of them, or to a surrogate: `&#xFFFE;`, `&#1;`. */
const ILLEGAL_REFERENCE = new RegExp(
  '&#(?:x0*(?:[0-8bcef]|1[0-9a-f]|d[89a-f][0-9a-f]{2}|fff[ef])' +
    '|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|55(?:29[6-9]|[3-9][0-9]{2})|56[0-9]{3}' +
    '|57(?:[0-2][0-9]{2}|3[0-3][0-9]|34[0-3])|6553[45]));',
  'i'
)

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * A structural check for the causes of Word's "unreadable content" repair prompt that neither the
 * Open XML validator nor LibreOffice notice (data-safety.md §2.2, §2.9), and for what makes the
 * validator and LibreOffice refuse a file outright: bytes that are not UTF-8 (an encoded lone
 * surrogate), characters XML 1.0 forbids (U+FFFE, U+FFFF, C0 controls), raw or as references.
 * It also refuses text the app's cleaner would have removed (it should never reach a file) and a
 * line spacing without its rule (Word and LibreOffice read it differently). Returns the problems
 * found, in plain words; an empty list means none of the known triggers is present.
 */
export function lintDocx(docx: Uint8Array): string[] {
  const problems: string[] = []
  let parts: Record<string, Uint8Array>
  try {
    parts = unzipSync(docx)
  } catch {
    return ['not a zip archive']
  }
  const decoded: Record<string, string> = {}
  for (const [name, bytes] of Object.entries(parts)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue
    try {
      decoded[name] = utf8.decode(bytes)
    } catch {
      problems.push(`${name}: not valid UTF-8 (an encoded lone surrogate or a stray byte)`)
      decoded[name] = new TextDecoder('utf-8').decode(bytes)
    }
  }
  const text = (name: string): string | undefined => decoded[name]
  for (const required of [
    '[Content_Types].xml',
    'word/document.xml',
    'word/styles.xml',
    'word/theme/theme1.xml',
    'word/webSettings.xml'
  ]) {
    if (!(required in parts)) problems.push(`missing part ${required}`)
  }
  const types = text('[Content_Types].xml') ?? ''
  for (const match of types.matchAll(/PartName="\/([^"]+)"/g)) {
    if (!(match[1]! in parts)) problems.push(`content type for missing part ${match[1]}`)
  }
  const rels = text('word/_rels/document.xml.rels') ?? ''
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (/TargetMode="External"/.test(match[0])) continue
    const target = /Target="([^"]+)"/.exec(match[0])?.[1]
    if (target && !(`word/${target}` in parts))
      problems.push(`relationship to missing part word/${target}`)
  }
  if (!/webSettings\.xml/.test(rels))
    problems.push('webSettings.xml is not related from document.xml')
  for (const [name, xml] of Object.entries(decoded)) {
    if (XML_ILLEGAL.test(xml)) problems.push(`${name}: character forbidden in XML`)
    if (ILLEGAL_REFERENCE.test(xml))
      problems.push(`${name}: reference to a character forbidden in XML`)
    if (
      [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].some((m) =>
        hasForbiddenCharacters(m[1]!)
      )
    )
      problems.push(`${name}: text holding characters the cleaner removes`)
    if (
      [...xml.matchAll(/<w:spacing\b[^>]*>/g)].some(
        (m) => /\sw:line="/.test(m[0]) && !/\sw:lineRule="/.test(m[0])
      )
    )
      problems.push(`${name}: line spacing without its rule`)
    if (xml.includes('&apos;')) problems.push(`${name}: &apos; entity`)
    if (/<w:t(?:\s[^>]*)?>[^<]*\n[^<]*<\/w:t>/.test(xml))
      problems.push(`${name}: line break inside w:t`)
    if (/^word\/(header|footer)\d*\.xml$/.test(name) && !/<w:p[\s>/]/.test(xml))
      problems.push(`${name}: header or footer without a paragraph`)
    for (const tc of xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)) {
      if (!/<w:p[\s>/]/.test(tc[1]!)) {
        problems.push(`${name}: table cell without a paragraph`)
        break
      }
    }
    if (
      /<w:fldChar w:fldCharType="separate"\/>\s*(<\/w:r>\s*<w:r>\s*)?<w:fldChar w:fldCharType="end"\/>/.test(
        xml
      )
    ) {
      problems.push(`${name}: field without a cached result`)
    }
    if (
      /<w:fldSimple\b[^>]*\/>/.test(xml) ||
      /<w:fldSimple\b[^>]*>(?:(?!<w:t[\s>])[\s\S])*?<\/w:fldSimple>/.test(xml)
    ) {
      problems.push(`${name}: simple field without a cached result`)
    }
  }
  return problems
}
