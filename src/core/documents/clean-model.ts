import { cleanDeep } from '../text/normalize'
import type { Block, DocumentModel, ParagraphBlock, Signer, TextRunModel } from './model'

/**
 * The document boundary: every text of a model passes through the app's one cleaner before it is
 * drawn, whatever path it came by (a form, an import, a restored backup, a year's stored unit
 * names). NFC, nothing XML 1.0 forbids (U+FFFE, U+FFFF, lone surrogates, C0 controls), no
 * invisible controls. Line breaks are resolved here too: a line field gets a space, a paragraph
 * with a line break becomes one paragraph per line, so no renderer ever writes a break inside a
 * run (Word reads that as a space; the lint refuses it).
 */
export function cleanModel(model: DocumentModel): DocumentModel {
  const clean = foldLineEnds(cleanDeep(model)) as DocumentModel
  return {
    ...clean,
    title: oneLine(clean.title),
    phrases: (clean.phrases ?? []).map(oneLine),
    sections: clean.sections.map((section) => ({
      ...section,
      blocks: section.blocks.flatMap(cleanBlock)
    }))
  }
}

/** Windows line endings and Unicode line separators become `\n` in every string. */
function foldLineEnds(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\r\n?|[\u2028\u2029]/g, '\n')
  if (Array.isArray(value)) return value.map(foldLineEnds)
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, foldLineEnds(v)]))
  return value
}

const oneLine = (text: string): string => text.replace(/[ \t]*\n[ \t]*/g, ' ')
const lines = (list: string[]): string[] => list.map(oneLine)
const signer = (s: Signer): Signer => ({ titleLines: lines(s.titleLines), name: oneLine(s.name) })

function cleanBlock(block: Block): Block[] {
  switch (block.kind) {
    case 'header':
      return [
        {
          ...block,
          parentLines: lines(block.parentLines),
          issuerLines: lines(block.issuerLines),
          numberLine: block.numberLine === null ? null : oneLine(block.numberLine),
          regardingLine: block.regardingLine === null ? null : oneLine(block.regardingLine),
          placeDateLine: block.placeDateLine === null ? null : oneLine(block.placeDateLine)
        }
      ]
    case 'title':
      return [
        { ...block, typeName: oneLine(block.typeName), summaryLines: lines(block.summaryLines) }
      ]
    case 'addressees':
      return [{ ...block, recipients: lines(block.recipients) }]
    case 'paragraph':
      return splitParagraph(block)
    case 'table':
      // Cells keep their line breaks: each line is drawn as its own paragraph in the cell.
      return [
        { ...block, columns: block.columns.map((c) => ({ ...c, header: oneLine(c.header) })) }
      ]
    case 'signature':
      return [{ ...block, signers: block.signers.map(signer), recipients: lines(block.recipients) }]
    case 'page-break':
      return [block]
  }
}

/**
 * A paragraph holding line breaks becomes one paragraph per line: the first keeps the label, the
 * others continue as paragraphs of the same role and run styles; the last keeps the paragraph's
 * keep-with-next.
 */
function splitParagraph(block: ParagraphBlock): ParagraphBlock[] {
  if (!block.runs.some((run) => run.text.includes('\n'))) return [block]
  const out: TextRunModel[][] = [[]]
  for (const run of block.runs) {
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) out.push([])
      if (part.trim() !== '')
        out[out.length - 1]!.push({ ...run, text: i > 0 ? part.trimStart() : part })
    })
  }
  const paragraphs = out.filter((runs) => runs.length > 0)
  return paragraphs.map((runs, i) => {
    const last = i === paragraphs.length - 1
    const { label, keepWithNext, ...rest } = block
    return {
      ...rest,
      runs,
      ...(i === 0 && label ? { label } : {}),
      ...(last && keepWithNext ? { keepWithNext: true } : {})
    }
  })
}
