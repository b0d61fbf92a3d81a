import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { docxParts, docxText } from '../helpers/docx'
import { lintDocx } from '../../src/core/documents/docx-lint'
import { openAppWithSample, screenshot, type AppSession, unnamedControls } from './harness'

let app: AppSession
let page: Page
let foreign: string[]
const PT_PER_MM = 72 / 25.4

beforeAll(async () => {
  app = await openAppWithSample()
  ;({ page, foreign } = app)
})

afterAll(async () => {
  await app?.close()
})

/** Exports the open document; `issue`: it has no number yet, so the app asks first. */
async function exportAndRead(issue = false): Promise<{ name: string; bytes: Uint8Array }> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Xuất Word' }).click()
  if (issue) await page.getByRole('button', { name: 'Cấp số và xuất' }).click()
  const file = await download
  const path = join(mkdtempSync(join(tmpdir(), 'ctd-dl-')), 'out.docx')
  await file.saveAs(path)
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) }
}

describe('Văn bản: a secretary issues the sample notice', () => {
  it('opens the sample notice and sees its print preview', async () => {
    await page.getByRole('link', { name: 'Văn bản' }).click()
    await page
      .getByRole('link', { name: 'Kết quả Hội nghị ký kết giao ước thi đua năm 2024' })
      .click()
    const preview = page.getByRole('region', { name: 'Xem trước bản in' })
    await preview.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').waitFor()
    expect(await preview.textContent()).toContain('Số:      /TB-CTĐ1')
    expect(await unnamedControls(page)).toEqual([])
    await screenshot(page, '10-notice-editor')
  })

  it('refuses to number it while no signer is named, and says where', async () => {
    // Unnumbered, it asks before taking a number; «Thôi» takes none.
    await page.getByRole('button', { name: 'Xuất Word' }).click()
    const ask = page.getByRole('group', { name: 'Cấp số: thông báo' })
    expect(await ask.textContent()).toContain(
      'Xuất lần này sẽ cấp cho thông báo số tiếp theo trong sổ văn bản. Số đã cấp không lấy lại được, chỉ hủy được (ghi lý do).'
    )
    await screenshot(page, '10b-notice-ask-before-numbering')
    await ask.getByRole('button', { name: 'Thôi' }).click()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thông báo')
    // The sample invents no person: the signer's name (ô 7b) is for the secretary to write.
    await page.getByRole('button', { name: 'Xuất Word' }).click()
    await page.getByRole('button', { name: 'Cấp số và xuất' }).click()
    await page.getByText('Chưa xuất: văn bản còn chỗ chưa điền, xem các mục ghi chữ đỏ.').waitFor()
    expect(await page.getByRole('alert').first().textContent()).toContain(
      'Họ và tên người ký: chưa ghi (văn bản được cấp số phải ghi người ký).'
    )
    expect(await page.getByRole('heading', { level: 1, name: 'Thông báo' }).isVisible()).toBe(true)
    await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn An')
  })

  it('exports it: the first export issues number 01, the file opens cleanly and carries it', async () => {
    const { name, bytes } = await exportAndRead(true)
    expect(name).toBe('Thông báo 01-TB-CTĐ1 Kết quả Hội nghị ký kết giao ước thi đua năm 2024.docx')
    expect(lintDocx(bytes)).toEqual([])
    const text = docxText(bytes)
    expect(text).toContain('Số: 01/TB-CTĐ1')
    expect(text).toContain('Hà Nội, ngày 04 tháng 3 năm 2024')
    await page.getByRole('heading', { level: 1, name: 'Thông báo số 01/TB-CTĐ1' }).waitFor()
    expect(await page.getByRole('status').last().textContent()).toContain('01/TB-CTĐ1')
  })

  it('keeps the number on a second export after an edit, and lists it once in the register', async () => {
    await page
      .getByLabel('Trích yếu *')
      .fill('Kết quả Hội nghị ký kết giao ước thi đua năm 2024 (bổ sung)')
    const { bytes } = await exportAndRead()
    expect(docxText(bytes)).toContain('Số: 01/TB-CTĐ1')
    expect(docxText(bytes)).toContain('(bổ sung)')
    await page.getByRole('link', { name: 'Văn bản' }).click()
    const register = page.getByRole('region', { name: /^Sổ văn bản/ })
    await register.getByText('01/TB-CTĐ1').waitFor()
    expect(await register.locator('tbody tr').count()).toBe(1)
    await screenshot(page, '11-register')
  })

  it('issues a notice in the leading unit’s own name (pattern B), numbered by hand, outside the cluster register', async () => {
    await page.getByRole('link', { name: 'Văn bản' }).click()
    await page.getByRole('link', { name: 'Soạn thông báo' }).click()
    await page.getByLabel('Năm *').fill('2024')
    await page.getByLabel('Ban hành', { exact: true }).selectOption('leader')
    await page.getByLabel('Trích yếu *').fill('Lịch làm việc của Cụm tháng 12')
    await page
      .getByRole('textbox', { name: 'Nội dung' })
      .fill('Ban Thường trực thông báo lịch làm việc.')
    const { bytes } = await exportAndRead()
    const text = docxText(bytes)
    expect(text).toContain('QUẬN LONG BIÊN')
    expect(text).toContain('BAN THƯỜNG TRỰC')
    expect(text).toContain('Số:      /TB-MTTQ-BTT')
    expect(text).toContain('TM. BAN THƯỜNG TRỰC')
    await page.getByRole('link', { name: 'Văn bản' }).click()
    const register = page.getByRole('region', { name: /^Sổ văn bản/ })
    await register.getByText('01/TB-CTĐ1').waitFor()
    expect(await register.locator('tbody tr').count()).toBe(1)
  })

  it('refuses a plan without a summary, then numbers a new plan 01/KH separately', async () => {
    await page.getByRole('link', { name: 'Soạn kế hoạch' }).click()
    await page.getByRole('button', { name: 'Lưu' }).click()
    expect(await page.getByRole('alert').textContent()).toContain('Trích yếu: không được để trống.')
    await page.getByLabel('Trích yếu *').fill('Tổ chức Hội nghị sơ kết 6 tháng')
    await page.getByRole('button', { name: 'Thêm hoạt động' }).click()
    await page.getByLabel('Hoạt động 1: nội dung').fill('Hội nghị sơ kết 6 tháng đầu năm')
    await page.getByLabel('Hoạt động 1: thời gian').fill('Tháng 7')
    await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn An')
    const { bytes } = await exportAndRead(true)
    const text = docxText(bytes)
    expect(text).toContain('Số: 01/KH-CTĐ1')
    expect(text).toContain('LỊCH TRIỂN KHAI CÁC HOẠT ĐỘNG')
    expect(text).toContain('Hội nghị sơ kết 6 tháng đầu năm')
  })

  it('prints the preview as A4 with the ND30 margins and page numbers from page 2', async () => {
    await page.getByRole('link', { name: 'Văn bản' }).click()
    await page.getByRole('link', { name: 'Hoạt động của Cụm thi đua số 1 năm 2024' }).click()
    await page
      .getByRole('region', { name: 'Xem trước bản in' })
      .getByText('LỊCH TRIỂN KHAI CÁC HOẠT ĐỘNG NĂM 2024')
      .waitFor()
    await screenshot(page, '12-plan-editor')
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const dir = mkdtempSync(join(tmpdir(), 'ctd-print-'))
    writeFileSync(join(dir, 'p.pdf'), pdf)
    const html = execFileSync('pdftotext', ['-bbox', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' })
    const pages = html
      .split('<page ')
      .slice(1)
      .map((chunk) => {
        const [w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!.slice(1).map(Number)
        const words = [
          ...chunk.matchAll(
            /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
          )
        ].map((m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: m[5]!.normalize('NFC')
        }))
        return { w: w!, h: h!, words }
      })
    expect(pages.length).toBeGreaterThanOrEqual(2)
    const top = 20 * PT_PER_MM
    for (const [i, p] of pages.entries()) {
      expect([Math.round(p.w), Math.round(p.h)].sort((a, b) => a - b)).toEqual([595, 842])
      for (const word of p.words.filter((w) => w.yMin > top)) {
        expect(word.xMin, `page ${i + 1} ${word.text}`).toBeGreaterThanOrEqual(30 * PT_PER_MM - 2)
        expect(word.xMax, `page ${i + 1} ${word.text}`).toBeLessThanOrEqual(
          p.w - 15 * PT_PER_MM + 2
        )
      }
    }
    const inTop = (p: (typeof pages)[number]) => p.words.filter((w) => w.yMax < top)
    expect(inTop(pages[0]!)).toEqual([])
    expect(inTop(pages[1]!).map((w) => w.text)).toEqual(['2'])
    const title = pages[0]!.words.filter(
      (w) =>
        ['CỘNG', 'HÒA', 'XÃ', 'HỘI', 'CHỦ', 'NGHĨA', 'VIỆT', 'NAM'].includes(w.text) &&
        w.xMin > 90 * PT_PER_MM
    )
    expect(title.length).toBe(8)
    expect(new Set(title.map((w) => Math.round(w.yMin))).size).toBe(1)
  })

  it('applies the format profile from Cài đặt, refusing a margin outside the ND30 range', async () => {
    await page.getByRole('link', { name: 'Cài đặt' }).click()
    const left = page.getByLabel('Lề trái (mm)')
    await left.fill('25')
    await page.getByRole('button', { name: 'Lưu thể thức' }).click()
    expect(await page.getByRole('alert').textContent()).toContain('Lề trái: tối thiểu 30 mm.')
    await left.fill('35')
    await page.getByRole('button', { name: 'Lưu thể thức' }).click()
    await page.getByText('Đã lưu thể thức.').waitFor()
    await screenshot(page, '13-settings-profile')
    await page.getByRole('link', { name: 'Văn bản' }).click()
    await page.getByRole('link', { name: /^Kết quả Hội nghị ký kết/ }).click()
    const { bytes } = await exportAndRead()
    const xml = docxParts(bytes)['word/document.xml']!
    expect(xml).toMatch(/<w:pgMar [^>]*w:left="1984"/)
    expect(docxText(bytes)).toContain('Số: 01/TB-CTĐ1')
  })

  it('never requested anything outside its own origin', () => {
    expect(foreign).toEqual([])
  })
})
