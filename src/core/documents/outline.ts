import { normalizeLine } from '../text/normalize'
import { pointLetter, toRoman } from '../text/vietnamese'
import { paragraph, type ParagraphBlock } from './model'

/**
 * Turns the body text the secretary types into numbered paragraphs in the report style of ND30
 * (official-layout.md §1.7), so nobody renumbers by hand:
 *
 * - `# Mục đích, yêu cầu` → `I. MỤC ĐÍCH, YÊU CẦU` (bold, uppercase)
 * - `## Tuyên truyền`     → `1. Tuyên truyền` (bold)
 * - `### Nội dung`         → `a) Nội dung`
 * - `- …` / `+ …`          → dash and plus items
 * - any other line         → a body paragraph; blank lines are ignored.
 *
 * Numbers restart under each higher heading.
 */
export function outlineToParagraphs(text: string): ParagraphBlock[] {
  const out: ParagraphBlock[] = []
  let roman = 0
  let arabic = 0
  let letter = 0
  for (const rawLine of text.split('\n')) {
    const line = normalizeLine(rawLine)
    if (line === '') continue
    const marker = /^(#{1,3}|[-+])\s+(.*)$/.exec(line)
    if (!marker) {
      out.push(paragraph('body', line))
      continue
    }
    const [, sign, content] = marker as unknown as [string, string, string]
    if (sign === '#') {
      roman += 1
      arabic = 0
      letter = 0
      out.push(
        paragraph('heading', content.toLocaleUpperCase('vi'), {
          label: `${toRoman(roman)}.`,
          bold: true,
          keepWithNext: true
        })
      )
    } else if (sign === '##') {
      arabic += 1
      letter = 0
      out.push(
        paragraph('heading', content, { label: `${arabic}.`, bold: true, keepWithNext: true })
      )
    } else if (sign === '###') {
      out.push(paragraph('body', content, { label: `${pointLetter(letter)})` }))
      letter += 1
    } else {
      out.push(paragraph('body', content, { label: sign }))
    }
  }
  return out
}

/**
 * Ends the last body paragraph with `./.`, as every ND30 template does, unless it already ends so.
 */
export function closeWithFullStop(paragraphs: ParagraphBlock[]): ParagraphBlock[] {
  const last = paragraphs[paragraphs.length - 1]
  if (!last || last.runs.length === 0) return paragraphs
  const runs = [...last.runs]
  const tail = runs[runs.length - 1]!
  if (tail.text.endsWith('./.')) return paragraphs
  runs[runs.length - 1] = { ...tail, text: tail.text.replace(/[.;:,]*$/, '') + './.' }
  return [...paragraphs.slice(0, -1), { ...last, runs }]
}

/**
 * Legal-style numbering (Quy chế, Quyết định; official-layout.md §1.7), from the same markers:
 *
 * - `# Những quy định chung` → `Chương I` and `NHỮNG QUY ĐỊNH CHUNG` on its own line, centred, bold
 * - `## Phạm vi điều chỉnh`  → `Điều 1. Phạm vi điều chỉnh` (bold; articles run on across chapters)
 * - `### …`                  → khoản `1.`, restarting in each article
 * - `- …`                    → điểm `a)`, restarting in each khoản
 */
export function legalOutlineToParagraphs(text: string): ParagraphBlock[] {
  const out: ParagraphBlock[] = []
  let chapter = 0
  let article = 0
  let clause = 0
  let point = 0
  for (const rawLine of text.split('\n')) {
    const line = normalizeLine(rawLine)
    if (line === '') continue
    const marker = /^(#{1,3}|-)\s+(.*)$/.exec(line)
    if (!marker) {
      out.push(paragraph('body', line))
      continue
    }
    const [, sign, content] = marker as unknown as [string, string, string]
    if (sign === '#') {
      chapter += 1
      out.push(
        paragraph('centered', `Chương ${toRoman(chapter)}`, { bold: true, keepWithNext: true })
      )
      out.push(
        paragraph('centered', content.toLocaleUpperCase('vi'), { bold: true, keepWithNext: true })
      )
    } else if (sign === '##') {
      article += 1
      clause = 0
      point = 0
      out.push(
        paragraph('heading', content, { label: `Điều ${article}.`, bold: true, keepWithNext: true })
      )
    } else if (sign === '###') {
      clause += 1
      point = 0
      out.push(paragraph('body', content, { label: `${clause}.` }))
    } else {
      out.push(paragraph('body', content, { label: `${pointLetter(point)})` }))
      point += 1
    }
  }
  return out
}
