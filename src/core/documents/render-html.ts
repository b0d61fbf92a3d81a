import { NATIONAL_MOTTO, NATIONAL_TITLE } from './wording'
import {
  ADDRESSEE_INDENT_MM,
  headerColumnsMm,
  mottoWidthMm,
  shortRuleMm,
  SIGNATURE_SPLIT
} from './geometry'
import type { Block, DocSection, DocumentModel, Signer, TableBlock } from './model'
import { textWidthMm, type FormatProfile } from './profile'

/**
 * Draws a document model as HTML for the print preview: one sheet per section, sized and
 * spaced in millimetres and points from the same profile as the Word file, with `@page` rules so
 * that printing from Chromium (or Electron) gives A4 pages, the ND30 margins and page numbers
 * centred at the top from page 2.
 *
 * Returns `{ css, html }`; the caller puts both in the page. Every text is escaped.
 */
export function renderHtml(model: DocumentModel): { css: string; html: string } {
  const p = model.profile
  const sheets = model.sections.map((section, i) => sheet(section, p, i)).join('\n')
  return { css: previewCss(p), html: `<div class="ctd-doc" lang="vi">${sheets}</div>` }
}

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const pt = (value: number) => `${value}pt`
const mm = (value: number) => `${Math.round(value * 100) / 100}mm`

/**
 * The stylesheet of the preview and its `@page` rules. The app's own stylesheet hides its chrome
 * (navigation, forms: `.no-print`) when printing.
 */
export function previewCss(p: FormatProfile): string {
  const margins = `${mm(p.marginTopMm)} ${mm(p.marginRightMm)} ${mm(p.marginBottomMm)} ${mm(p.marginLeftMm)}`
  const pageNumber = `@top-center { content: counter(page); font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: ${pt(p.pageNumberPt)}; vertical-align: bottom; padding-bottom: ${mm(p.marginTopMm - p.headerDistanceMm - 5)}; }`
  return `
.ctd-doc { font-family: 'Times New Roman', 'Liberation Serif', serif; color: #000; font-size: ${pt(p.bodyPt)}; line-height: 1.15; }
.ctd-sheet { background: #fff; width: 210mm; min-height: 297mm; box-sizing: border-box; padding: ${margins}; margin: 0 auto 12mm; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
.ctd-sheet.landscape { width: 297mm; min-height: 210mm; }
.ctd-doc p { margin: 0; }
.ctd-doc table { border-collapse: collapse; table-layout: fixed; }
.ctd-doc td, .ctd-doc th { padding: 0; vertical-align: top; }
.ctd-c { text-align: center; }
.ctd-b { font-weight: bold; }
.ctd-i { font-style: italic; }
.ctd-rule { border-bottom: 1px solid #000; height: 0; margin: 1pt auto 0; }
.ctd-body { text-align: justify; text-indent: ${mm(p.firstLineIndentMm)}; margin-bottom: ${pt(p.paragraphAfterPt)} !important; line-height: ${p.lineSpacing * 1.15}; }
.ctd-title { margin-top: 18pt !important; }
.ctd-data { width: 100%; margin-bottom: ${pt(p.paragraphAfterPt)}; font-size: ${pt(p.tablePt)}; }
.ctd-data th, .ctd-data td { border: 0.75pt solid #000; padding: 1pt 4pt; vertical-align: middle; }
.ctd-data tr, .ctd-keep { break-inside: avoid; page-break-inside: avoid; }
.ctd-sign { width: 100%; margin-top: ${pt(p.bodyPt / 2)}; font-size: ${pt(p.signaturePt)}; break-inside: avoid; page-break-inside: avoid; }
.ctd-gap { height: ${pt(p.signatureGapLines * p.signaturePt * 1.15)}; }
.ctd-rlabel { font-size: ${pt(p.recipientsLabelPt)}; font-weight: bold; font-style: italic; }
.ctd-ritem { font-size: ${pt(p.recipientsPt)}; }
@page { size: A4 portrait; margin: ${margins}; ${pageNumber} }
@page :first { @top-center { content: none; } }
@page ctd-landscape { size: A4 landscape; margin: ${margins}; ${pageNumber} }
@media print {
  .ctd-sheet, .ctd-sheet.landscape { width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; }
  .ctd-sheet + .ctd-sheet { break-before: page; }
  .ctd-sheet.landscape { page: ctd-landscape; }
}
`.trim()
}

function sheet(section: DocSection, p: FormatProfile, index: number): string {
  const width = textWidthMm(p, section.orientation)
  const blocks = section.blocks
    .map((block) => renderBlock(block, p, width, section.orientation))
    .join('\n')
  const label = index === 0 ? 'Trang đầu' : section.restartNumbering ? 'Phụ lục' : 'Phần tiếp'
  return `<section class="ctd-sheet ${section.orientation}" aria-label="${label}">${blocks}</section>`
}

function renderBlock(
  block: Block,
  p: FormatProfile,
  widthMm: number,
  orientation: DocSection['orientation']
): string {
  switch (block.kind) {
    case 'header': {
      const cols = headerColumnsMm(p, orientation)
      const left = [
        ...block.parentLines.map(
          (t) => `<p class="ctd-c" style="font-size:${pt(p.issuerPt)}">${esc(t)}</p>`
        ),
        ...block.issuerLines.map(
          (t) => `<p class="ctd-c ctd-b" style="font-size:${pt(p.issuerPt)}">${esc(t)}</p>`
        ),
        `<div class="ctd-rule" style="width:${mm(shortRuleMm(block.issuerLines, p.issuerPt, cols.left))}"></div>`
      ].join('')
      const right = [
        `<p class="ctd-c ctd-b" style="font-size:${pt(p.nationalTitlePt)};white-space:nowrap">${NATIONAL_TITLE}</p>`,
        `<p class="ctd-c ctd-b" style="font-size:${pt(p.mottoPt)}">${NATIONAL_MOTTO}</p>`,
        `<div class="ctd-rule" style="width:${mm(mottoWidthMm(p.mottoPt))}"></div>`
      ].join('')
      const second =
        block.numberLine !== null || block.placeDateLine !== null || block.regardingLine !== null
          ? `<tr><td style="padding-top:6pt"><p class="ctd-c" style="font-size:${pt(p.numberPt)};white-space:pre-wrap">${esc(block.numberLine ?? '')}</p>${
              block.regardingLine !== null
                ? `<p class="ctd-c" style="font-size:${pt(p.issuerPt)};margin-top:6pt">${esc(block.regardingLine)}</p>`
                : ''
            }</td><td style="padding-top:6pt"><p class="ctd-c ctd-i" style="font-size:${pt(p.placeDatePt)};white-space:pre-wrap">${esc(block.placeDateLine ?? '')}</p></td></tr>`
          : ''
      return `<table class="ctd-header" style="width:${mm(cols.left + cols.right)}"><colgroup><col style="width:${mm(cols.left)}"><col style="width:${mm(cols.right)}"></colgroup><tr><td>${left}</td><td>${right}</td></tr>${second}</table>`
    }
    case 'title': {
      const lines = block.summaryLines.length > 0 ? block.summaryLines : [block.typeName]
      return [
        `<p class="ctd-c ctd-b ctd-title" style="font-size:${pt(p.typeNamePt)}">${esc(block.typeName)}</p>`,
        ...block.summaryLines.map(
          (t) => `<p class="ctd-c ctd-b" style="font-size:${pt(p.summaryPt)}">${esc(t)}</p>`
        ),
        `<div class="ctd-rule" style="width:${mm(shortRuleMm(lines, p.summaryPt * 0.8, widthMm))};margin-bottom:${pt(p.paragraphAfterPt * 2)}"></div>`
      ].join('')
    }
    case 'addressees':
      return block.recipients.length === 1
        ? `<p class="ctd-c" style="margin-bottom:${pt(p.paragraphAfterPt)}">Kính gửi: ${esc(block.recipients[0]!)}.</p>`
        : `<p style="margin-left:${mm(ADDRESSEE_INDENT_MM.label)}">Kính gửi:</p>${block.recipients
            .map(
              (r, i) =>
                `<p style="margin-left:${mm(ADDRESSEE_INDENT_MM.items + ADDRESSEE_INDENT_MM.hanging)};text-indent:-${mm(ADDRESSEE_INDENT_MM.hanging)}">- ${esc(r)}${i === block.recipients.length - 1 ? '.' : ';'}</p>`
            )
            .join('')}`
    case 'paragraph': {
      const runs = block.runs
        .map((run, i) => {
          const text = i === 0 && block.label ? `${block.label} ${run.text}` : run.text
          const cls = [run.bold ? 'ctd-b' : '', run.italic || block.role === 'basis' ? 'ctd-i' : '']
            .filter(Boolean)
            .join(' ')
          return cls ? `<span class="${cls}">${esc(text)}</span>` : esc(text)
        })
        .join('')
      const cls = block.role === 'centered' ? 'ctd-c' : 'ctd-body'
      return `<p class="${cls}"${block.keepWithNext ? ' style="break-after:avoid"' : ''}>${runs}</p>`
    }
    case 'table':
      return dataTable(block)
    case 'signature':
      return signature(block.layout, block.signers, block.recipients)
    case 'page-break':
      return '<div style="break-before:page"></div>'
  }
}

function dataTable(block: TableBlock): string {
  const cols = block.columns.map((c) => `<col style="width:${c.widthPercent}%">`).join('')
  const head = block.columns.map((c) => `<th class="ctd-c ctd-b">${esc(c.header)}</th>`).join('')
  const body = block.rows
    .map(
      (row, r) =>
        `<tr${block.boldRows?.includes(r) ? ' class="ctd-b"' : ''}>${block.columns
          .map(
            (c, i) =>
              `<td style="text-align:${c.align}">${esc(row[i] ?? '').replace(/\n/g, '<br>')}</td>`
          )
          .join('')}</tr>`
    )
    .join('')
  return `<table class="ctd-data"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
}

function signerHtml(signer: Signer): string {
  return `${signer.titleLines.map((t) => `<p class="ctd-c ctd-b">${esc(t)}</p>`).join('')}<div class="ctd-gap"></div><p class="ctd-c ctd-b">${esc(signer.name)}</p>`
}

function recipientsHtml(items: string[]): string {
  if (items.length === 0) return ''
  return `<p class="ctd-rlabel">Nơi nhận:</p>${items
    .map(
      (item, i) => `<p class="ctd-ritem">- ${esc(item)}${i === items.length - 1 ? '.' : ';'}</p>`
    )
    .join('')}`
}

function signature(
  layout: 'single' | 'pair' | 'grid',
  signers: Signer[],
  recipients: string[]
): string {
  if (layout === 'single') {
    return `<table class="ctd-sign"><colgroup><col style="width:${SIGNATURE_SPLIT.left * 100}%"><col style="width:${SIGNATURE_SPLIT.right * 100}%"></colgroup><tr><td>${recipientsHtml(recipients)}</td><td>${signers[0] ? signerHtml(signers[0]) : ''}</td></tr></table>`
  }
  const rows: string[] = []
  if (layout === 'pair') {
    rows.push(
      `<tr class="ctd-keep"><td>${signers[0] ? signerHtml(signers[0]) : ''}</td><td>${signers[1] ? signerHtml(signers[1]) : ''}</td></tr>`
    )
    if (recipients.length)
      rows.push(
        `<tr class="ctd-keep"><td style="padding-top:12pt">${recipientsHtml(recipients)}</td><td></td></tr>`
      )
  } else {
    for (let i = 0; i < signers.length; i += 2) {
      const b = signers[i + 1]
      rows.push(
        b
          ? `<tr class="ctd-keep"><td style="padding-top:14pt">${signerHtml(signers[i]!)}</td><td style="padding-top:14pt">${signerHtml(b)}</td></tr>`
          : `<tr class="ctd-keep"><td colspan="2" style="padding-top:14pt">${signerHtml(signers[i]!)}</td></tr>`
      )
    }
  }
  return `<table class="ctd-sign"><colgroup><col style="width:50%"><col style="width:50%"></colgroup>${rows.join('')}</table>`
}
