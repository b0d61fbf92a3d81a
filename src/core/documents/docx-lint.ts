import { strFromU8, unzipSync } from 'fflate'

/**
 * A structural check for the causes of Word's "unreadable content" repair prompt that neither the
 * Open XML validator nor LibreOffice notice (data-safety.md §2.2, §2.9). Returns the problems
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
  const text = (name: string): string | undefined =>
    parts[name] ? strFromU8(parts[name]!) : undefined
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
  for (const [name, bytes] of Object.entries(parts)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue
    const xml = strFromU8(bytes)
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
