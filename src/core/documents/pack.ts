import { Packer } from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import type { DocumentModel } from './model'
import { renderDocx } from './render-docx'
import { SECTION_BREAK_PT } from './layout'

const WEB_SETTINGS_PART = 'word/webSettings.xml'
const WEB_SETTINGS_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>'
const WEB_SETTINGS_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml'
const WEB_SETTINGS_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings'

/** Builds the model as .docx bytes ready to save: rendered, packed and cleaned of repair triggers. */
export async function packDocx(model: DocumentModel): Promise<Uint8Array> {
  const raw = new Uint8Array(await Packer.toArrayBuffer(renderDocx(model)))
  return removeRepairTriggers(raw, tightenSectionBreaks)
}

/**
 * The paragraph the docx library writes to end each section (it carries the section's page
 * settings) would otherwise be an empty line of body text at the end of the section — enough to
 * push a blank page after a full one. It is made 1 pt high with an explicit rule, as the preview
 * draws it.
 */
export function tightenSectionBreaks(xml: string): string {
  return xml.replace(
    /<w:p><w:pPr><w:sectPr>/g,
    `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="${SECTION_BREAK_PT * 20}" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr><w:sectPr>`
  )
}

/**
 * Removes what makes Word offer to "repair" a docx-library file (data-safety.md §2.2):
 * `&apos;` entities in text, a missing `webSettings.xml`, an empty orphan `comments.xml`.
 * Everything else is kept byte for byte, but for `editDocument`'s changes to document.xml.
 */
export function removeRepairTriggers(
  docx: Uint8Array,
  editDocument: (xml: string) => string = (xml) => xml
): Uint8Array {
  const parts = unzipSync(docx)
  const out: Zippable = {}
  const names = Object.keys(parts).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0
  )
  const hasComments =
    'word/comments.xml' in parts && /<w:comment\b/.test(strFromU8(parts['word/comments.xml']!))
  for (const name of names) {
    if (name === 'word/comments.xml' && !hasComments) continue
    let data = parts[name]!
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      let xml = strFromU8(data)
      xml = xml.replace(/&apos;/g, "'")
      if (name === 'word/document.xml') xml = editDocument(xml)
      if (name === '[Content_Types].xml') {
        if (!hasComments)
          xml = xml.replace(/<Override[^>]*PartName="\/word\/comments\.xml"[^>]*\/>/g, '')
        if (!xml.includes('/word/webSettings.xml')) {
          xml = xml.replace(
            '</Types>',
            `<Override ContentType="${WEB_SETTINGS_TYPE}" PartName="/word/webSettings.xml"/></Types>`
          )
        }
      }
      if (name === 'word/_rels/document.xml.rels') {
        if (!hasComments) xml = xml.replace(/<Relationship[^>]*Target="comments\.xml"[^>]*\/>/g, '')
        if (!xml.includes('webSettings.xml')) {
          xml = xml.replace(
            '</Relationships>',
            `<Relationship Id="rIdWebSettings" Type="${WEB_SETTINGS_REL}" Target="webSettings.xml"/></Relationships>`
          )
        }
      }
      data = strToU8(xml)
    }
    out[name] = data
  }
  if (!(WEB_SETTINGS_PART in out)) out[WEB_SETTINGS_PART] = strToU8(WEB_SETTINGS_XML)
  return zipSync(out, { level: 6 })
}
