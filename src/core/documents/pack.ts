import { Packer } from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import type { DocumentModel } from './model'
import { renderDocx } from './render-docx'

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
  return removeRepairTriggers(raw)
}

/**
 * Removes what makes Word offer to "repair" a docx-library file (data-safety.md §2.2):
 * `&apos;` entities in text, a missing `webSettings.xml`, an empty orphan `comments.xml`.
 * Everything else is kept byte for byte.
 */
export function removeRepairTriggers(docx: Uint8Array): Uint8Array {
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
