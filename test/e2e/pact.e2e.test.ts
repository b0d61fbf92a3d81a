import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { docxText } from '../helpers/docx'
import { lintDocx } from '../../src/core/documents/docx-lint'
import {
  fillSigners,
  openAppWithSample,
  screenshot,
  type AppSession,
  unnamedControls
} from './harness'

let app: AppSession
let page: Page
let foreign: string[]

beforeAll(async () => {
  app = await openAppWithSample()
  ;({ page, foreign } = app)
})

afterAll(async () => {
  await app?.close()
})

async function exportDocx(button: string): Promise<Uint8Array> {
  const event = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const path = join(mkdtempSync(join(tmpdir(), 'ctd-dl-')), 'f.docx')
  await (await event).saveAs(path)
  return new Uint8Array(readFileSync(path))
}

describe('Giao ước: the sample 2020 pact', () => {
  it('opens the signed 2020 pact with its seven commitments', async () => {
    await page.getByRole('link', { name: 'Giao ước', exact: true }).click()
    await page.getByLabel('Năm', { exact: true }).selectOption({ label: '2020' })
    await page.getByText('Đã ký ngày 05/02/2020.', { exact: false }).first().waitFor()
    const list = page.getByRole('list', { name: 'Các nội dung giao ước' })
    expect(await list.locator('li.depth-0').count()).toBe(7)
    expect(await list.locator('li.depth-1').count()).toBe(2)
    expect(await unnamedControls(page)).toEqual([])
  })

  it('refuses to edit the signed pact without an amendment', async () => {
    expect(await page.getByRole('button', { name: 'Lưu giao ước' }).isDisabled()).toBe(true)
    expect(await page.getByLabel('Nội dung 1 (1.)').isDisabled()).toBe(true)
  })

  it('refuses to correct its date while its signers are unnamed, saying to name them in an amendment', async () => {
    await page.getByRole('button', { name: 'Đính chính ngày ký' }).click()
    await page.getByLabel('Ngày ký đúng').fill('06/02/2020')
    await page.getByLabel('Lý do đính chính (bắt buộc)').fill('Ghi nhầm ngày ký')
    await page.getByRole('button', { name: 'Lưu đính chính ngày ký' }).click()
    const signing = page.getByRole('region', { name: 'Ký kết' })
    await signing
      .getByText('Hãy ghi họ tên người ký bằng “Sửa đổi sau khi ký” rồi đính chính ngày ký.', {
        exact: false
      })
      .waitFor()
    await page.getByRole('button', { name: 'Hủy' }).click()
    await page.getByText('Đã ký ngày 05/02/2020.', { exact: false }).first().waitFor()
  })

  it('amends it: a sub-item under commitment 4 and three criteria totalling the declared points', async () => {
    await page.getByRole('button', { name: 'Sửa đổi sau khi ký' }).click()
    await page
      .getByLabel('Lý do sửa đổi (bắt buộc)')
      .fill('Bổ sung tiêu chí chấm điểm theo hướng dẫn của Thành phố')
    // Commitment 4 is the 4th top-level item, shown as "Nội dung 4 (4.)".
    await page.getByRole('button', { name: 'Thêm ý nhỏ dưới nội dung 4' }).click()
    const sub = page.locator('li.depth-1 textarea').nth(2)
    await sub.fill('Giám sát việc giải quyết đơn thư, kiến nghị của Nhân dân tại khu dân cư.')
    await page.getByLabel('Tổng điểm công bố').fill('100')
    for (const [text, points] of [
      ['Tuyên truyền, vận động Nhân dân thực hiện chủ trương của Đảng', '40'],
      ['Giám sát và phản biện xã hội', '35'],
      ['Công tác thi đua, khen thưởng', '25']
    ]) {
      await page.getByRole('button', { name: 'Thêm tiêu chí' }).click()
      const i = await page.locator('table.criteria tbody tr').count()
      await page.getByLabel(`Tiêu chí ${i}: nội dung`).fill(text!)
      await page.getByLabel(`Tiêu chí ${i}: điểm`).fill(points!)
    }
    await page
      .getByText('Tổng điểm chuẩn: 100,0 / công bố 100,0 (chênh 0,0)', { exact: false })
      .waitFor()
    // The sample's signed pact names no signer: an amendment keeps the signature blocks named.
    await fillSigners(page)
    await page.getByRole('button', { name: 'Lưu sửa đổi' }).click()
    await page.getByText('Đã lưu sửa đổi; nhật ký thay đổi ghi lại lý do.').waitFor()
    expect(await page.getByRole('button', { name: 'Sửa đổi sau khi ký' }).isVisible()).toBe(true)
    expect(await page.locator('li.depth-1').count()).toBe(3)
    await screenshot(page, '50-pact-editor')
  })

  it('exports the pact: commitments, the new sub-item and all six signatories are in the .docx', async () => {
    const bytes = await exportDocx('Xuất Word giao ước')
    expect(lintDocx(bytes)).toEqual([])
    const text = docxText(bytes)
    expect(text).toContain('BẢN GIAO ƯỚC THI ĐUA')
    expect(text).toContain('Hà Nội, ngày 05 tháng 02 năm 2020')
    expect(text).toContain('7. Thi đua phấn đấu xây dựng cơ quan văn hóa')
    expect(text).toContain(
      '- Giám sát việc giải quyết đơn thư, kiến nghị của Nhân dân tại khu dân cư.'
    )
    for (const district of [
      'ĐỐNG ĐA',
      'HOÀN KIẾM',
      'BA ĐÌNH',
      'HAI BÀ TRƯNG',
      'HOÀNG MAI',
      'LONG BIÊN'
    ]) {
      expect(text).toContain(`QUẬN ${district}`)
    }
    expect(text.match(/TM\. BAN THƯỜNG TRỰC/g)).toHaveLength(6)
    expect(text).toContain('BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2020')
    expect(text).toContain('Giám sát và phản biện xã hội')
  })

  it('tracks progress per unit and commitment, and exports a self-assessment form', async () => {
    await page
      .getByLabel('Ủy ban MTTQ Việt Nam quận Đống Đa, nội dung 1: tình trạng')
      .selectOption('done')
    await expect.poll(() => page.getByText('Còn 41 ô chưa hoàn thành.').count()).toBe(1)
    const form = docxText(await exportDocx('Xuất phiếu tự chấm'))
    expect(form).toContain('PHIẾU TỰ CHẤM ĐIỂM THI ĐUA')
    expect(form).toContain('Tự chấm')
    await page.reload()
    await page.getByLabel('Năm', { exact: true }).selectOption({ label: '2020' })
    await expect
      .poll(() =>
        page.getByLabel('Ủy ban MTTQ Việt Nam quận Đống Đa, nội dung 1: tình trạng').inputValue()
      )
      .toBe('done')
  })

  it('copies it to 2024, refuses to sign while the points do not add up or the signers are unnamed, then signs and locks it', async () => {
    await page.getByLabel('Năm', { exact: true }).selectOption({ label: '2024' })
    await page.getByRole('button', { name: 'Sao chép từ giao ước năm 2020' }).click()
    await page.getByText('Bản dự thảo', { exact: false }).waitFor()
    expect(await page.locator('li.depth-1').count()).toBe(3)
    await page.getByLabel('Tiêu chí 1: điểm').fill('30')
    await page.getByRole('button', { name: 'Lưu giao ước' }).click()
    await page.getByText('Đã lưu giao ước.').waitFor()
    await page.getByRole('button', { name: 'Ký kết giao ước' }).click()
    expect(await page.getByRole('alert').textContent()).toContain(
      'Tổng điểm chuẩn của các tiêu chí (90) khác tổng điểm đã công bố (100).'
    )
    await page.getByLabel('Tiêu chí 1: điểm').fill('40')
    await page.getByLabel('Ngày ký').fill('2024-02-28')
    await page.getByRole('button', { name: 'Ký kết giao ước' }).click()
    // The copy names no signer: signing is refused beside the signers (cụm trưởng Long Biên first),
    // the cursor on the first name to type.
    const signers = page.getByRole('region', { name: 'Người ký' })
    await signers
      .getByText(
        'Người ký: chưa ghi họ tên người ký của Ủy ban MTTQ Việt Nam quận Long Biên, Ủy ban MTTQ Việt Nam quận Hai Bà Trưng, Ủy ban MTTQ Việt Nam quận Đống Đa, Ủy ban MTTQ Việt Nam quận Hoàn Kiếm, Ủy ban MTTQ Việt Nam quận Ba Đình, Ủy ban MTTQ Việt Nam quận Hoàng Mai.'
      )
      .waitFor()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Ủy ban MTTQ Việt Nam quận Long Biên: người ký')
    expect(await page.getByText('Đã ký ngày', { exact: false }).count()).toBe(0)
    await fillSigners(page)
    await page.getByRole('button', { name: 'Ký kết giao ước' }).click()
    await page.getByText('Đã ký ngày 28/02/2024.', { exact: false }).first().waitFor()
    expect(await page.getByRole('button', { name: 'Lưu giao ước' }).isDisabled()).toBe(true)
    expect(await page.getByLabel('Tiêu chí 1: điểm').isDisabled()).toBe(true)
    await screenshot(page, '51-pact-2024-signed')
  })

  it('never requested anything outside its own origin', () => {
    expect(foreign).toEqual([])
  })
})
