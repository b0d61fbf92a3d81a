import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'

/** The parts of a .docx as text, keyed by path inside the zip. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes)
  return Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, strFromU8(data)]))
}

/**
 * The visible text of word/document.xml, paragraphs separated by newlines; no-break spaces (which
 * keep names on one line) read as the spaces they show as.
 */
export function docxText(bytes: Uint8Array): string {
  const xml = docxParts(bytes)['word/document.xml'] ?? ''
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\u00a0/g, ' ')
}

export const hasSoffice = existsSync('/usr/bin/soffice') || existsSync('/usr/bin/libreoffice')
export const hasPoppler = existsSync('/usr/bin/pdftotext')

/**
 * Converts .docx files to PDF with LibreOffice in one run, with a private profile (other soffice
 * processes on the machine must not share it). Returns the PDF paths in the same order.
 */
export function renderWithLibreOffice(files: Array<{ name: string; bytes: Uint8Array }>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ctd-lo-'))
  const inputs = files.map(({ name, bytes }) => {
    const path = join(dir, name)
    writeFileSync(path, bytes)
    return path
  })
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...inputs
    ],
    // A guard against a hung soffice, not a measure of speed: a batch of thirty documents on a
    // machine loaded by other work has taken over two minutes.
    { stdio: 'pipe', timeout: 540_000 }
  )
  return inputs.map((input) => join(dir, basename(input).replace(/\.docx$/, '.pdf')))
}

export interface PdfWord {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

export interface PdfPage {
  width: number
  height: number
  words: PdfWord[]
}

/** Every word of a PDF with its box in points (origin top-left), from `pdftotext -bbox`. */
export function pdfWords(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  const pages: PdfPage[] = []
  for (const page of html.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!
    const words = [
      ...page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
      )
    ].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5]!
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .normalize('NFC')
    }))
    pages.push({ width: Number(size[1]), height: Number(size[2]), words })
  }
  return pages
}

/** The whole text of a PDF in reading order (NFC). */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC')
}

/** The font names embedded in a PDF. */
export function pdfFonts(pdf: string): string[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
  return out
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
}

/** Finds a run of consecutive words on a page spelling `phrase`; returns their boxes. */
export function findPhrase(page: PdfPage, phrase: string): PdfWord[] | null {
  const target = phrase.normalize('NFC').split(/\s+/)
  for (let i = 0; i + target.length <= page.words.length; i++) {
    if (target.every((w, k) => page.words[i + k]!.text === w))
      return page.words.slice(i, i + target.length)
  }
  return null
}

export const PT_PER_MM = 72 / 25.4

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path))
}
