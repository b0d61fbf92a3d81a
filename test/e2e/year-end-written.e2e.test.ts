import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { docxText } from '../helpers/docx'
import { openAppWithSample, screenshot, unnamedControls, type AppSession } from './harness'
import { scoredSampleBackup } from './year-end-backup'

let app: AppSession
let page: Page
const dir = mkdtempSync(join(tmpdir(), 'ctd-year-end-written-'))

beforeAll(async () => {
  app = await openAppWithSample()
  page = app.page
})

afterAll(async () => {
  await app?.close()
})

async function download(action: () => Promise<void>): Promise<string> {
  const event = page.waitForEvent('download')
  await action()
  const file = await event
  const path = join(dir, file.suggestedFilename())
  await file.saveAs(path)
  return path
}

describe('Bình xét with a member unit absent: its written opinion counts where the rule says', () => {
  it('opens on the year-end in progress (2024, ranked), not on the latest year', async () => {
    const seed = join(dir, 'scored-absent.json')
    writeFileSync(seed, await scoredSampleBackup({ absentUnitName: 'Hoàng Mai' }))
    await page.getByRole('link', { name: 'Sao lưu' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Khôi phục từ tệp' }).click()
    await (await chooser).setFiles(seed)
    await page.getByRole('button', { name: 'Khôi phục bản này' }).click()
    await page.getByText('Đã khôi phục', { exact: false }).waitFor()
    await page.getByRole('link', { name: 'Bình xét' }).click()
    await page.getByRole('heading', { name: 'Bình xét thi đua năm 2024' }).waitFor()
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).not.toBe('')
    await page.getByRole('button', { name: 'Lưu phiếu' }).click()
    await page.getByText('Đã lưu phiếu.').waitFor()
  })

  it('takes the absent unit’s written opinion on the count screen and counts it', async () => {
    await page.getByRole('button', { name: 'Kiểm phiếu', exact: true }).click()
    const board: Array<[string, string]> = [
      ['Nguyễn Văn An', 'Đống Đa'],
      ['Lê Thị Bình', 'Hoàn Kiếm'],
      ['Phạm Văn Cường', 'Hai Bà Trưng']
    ]
    for (const [i, [name, unit]] of board.entries()) {
      await page.getByLabel(`Thành viên ${i + 1}: họ và tên`).fill(name)
      await page
        .getByLabel(`Thành viên ${i + 1}: đơn vị`)
        .selectOption({ label: `Ủy ban MTTQ Việt Nam quận ${unit}` })
    }
    await page.getByLabel('Số phiếu phát ra').fill('5')
    await page.getByLabel('Số phiếu thu vào').fill('5')
    await page.getByText('Hai thành viên Ban kiểm phiếu nhập kết quả độc lập').click()
    await page.getByRole('button', { name: 'Lưu Ban kiểm phiếu' }).click()
    await page.getByText('Đã lưu Ban kiểm phiếu và số phiếu.').waitFor()

    const entry = page.getByRole('group', { name: 'Lần nhập A' })
    await entry.getByLabel('Người nhập').selectOption({ label: 'Lê Thị Bình' })
    await entry.getByLabel('Số phiếu hợp lệ').fill('5')
    // Every paper of the box chose the first unit of each section, and only it.
    for (const table of await entry.locator('table').all())
      for (const [r, row] of (await table.locator('tbody tr').all()).entries()) {
        const values = r === 0 ? ['5', '0', '0'] : ['0', '5', '0']
        for (const [i, input] of (await row.locator('input').all()).entries())
          await input.fill(values[i]!)
      }
    const written = entry.getByRole('group', { name: 'A: ý kiến bằng văn bản' })
    await written.getByText('Có 1 đơn vị vắng mặt').waitFor()
    await written.getByRole('button', { name: '+ Ý kiến bằng văn bản' }).click()
    expect(
      await written
        .getByLabel('A: ý kiến thứ 1, đơn vị gửi')
        .locator('option:checked')
        .textContent()
    ).toBe('Ủy ban MTTQ Việt Nam quận Hoàng Mai')
    // Only one unit is absent: no second opinion can be added.
    expect(await written.getByRole('button', { name: '+ Ý kiến bằng văn bản' }).isDisabled()).toBe(
      true
    )
    await written
      .getByLabel('A: ý kiến thứ 1, Ủy ban MTTQ Việt Nam quận Long Biên')
      .first()
      .selectOption({ label: 'Đồng ý' })
    await page.getByRole('button', { name: 'Lưu lần nhập A' }).click()
    const ready = page.getByRole('note').filter({ hasText: 'Long Biên' })
    await ready.waitFor()
    // Five papers of the box and the written opinion: six in favour of the suy tôn.
    expect(await ready.textContent()).toMatch(/Long Biên 6 phiếu/)
    expect(await unnamedControls(page)).toEqual([])
    await screenshot(page, '75-year-end-count-written-opinion')
    await page.getByRole('button', { name: 'Chốt kết quả' }).click()
    await page.getByText('Đã chốt kết quả kiểm phiếu.').waitFor()
  })

  it('says so in the Biên bản kiểm phiếu', async () => {
    await page.getByRole('button', { name: 'Kết quả', exact: true }).click()
    await page.getByLabel('Văn bản', { exact: true }).selectOption({ label: 'Biên bản kiểm phiếu' })
    const path = await download(() => page.getByRole('button', { name: 'Xuất Word' }).click())
    const text = docxText(new Uint8Array(readFileSync(path)))
    expect(text).toContain(
      'Phiếu lấy ý kiến bằng văn bản của đơn vị vắng mặt: 01 (Ủy ban MTTQ Việt Nam quận Hoàng Mai)'
    )
    expect(text).toMatch(/Phiếu lấy ý kiến được tính vào kết quả mục I/)
  })
})

describe('Khen thưởng trước đây, sáp nhập và đổi tên, typed by the secretary', () => {
  it('records an award received before the app and a rename, and refuses a merger of one unit', async () => {
    await page.getByRole('button', { name: 'Khen thưởng', exact: true }).click()
    const panel = page.getByRole('region', { name: 'Khen thưởng trước đây, sáp nhập và đổi tên' })
    await panel.waitFor()
    await panel.getByLabel('Đơn vị', { exact: true }).selectOption({
      label: 'Ủy ban MTTQ Việt Nam quận Ba Đình'
    })
    await panel.getByLabel('Năm thành tích').fill('2019')
    await panel
      .getByLabel('Hình thức khen thưởng')
      .fill('Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội')
    await panel.getByLabel('Số quyết định').fill('45/QĐ-MTTQ-BTT')
    await panel.getByLabel('Ngày quyết định').fill('20/01/2020')
    await panel.getByRole('button', { name: 'Ghi khen thưởng' }).click()
    await panel.getByText('Đã ghi khen thưởng.').waitFor()
    await panel
      .getByText(
        'Ủy ban MTTQ Việt Nam quận Ba Đình, năm 2019: Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội (Quyết định số 45/QĐ-MTTQ-BTT ngày 20/01/2020)'
      )
      .waitFor()

    await panel.getByLabel('Sự kiện').selectOption({ label: 'sáp nhập' })
    await panel.getByLabel('Ngày hiệu lực').fill('01/07/2025')
    await panel
      .getByLabel('Đơn vị cũ')
      .selectOption({ label: 'Ủy ban MTTQ Việt Nam quận Long Biên' })
    await panel
      .getByLabel('Đơn vị kế thừa')
      .selectOption({ label: 'Ủy ban MTTQ Việt Nam quận Ba Đình' })
    await panel.getByRole('button', { name: 'Ghi sự kiện' }).click()
    await panel.getByText(/sáp nhập là nhiều đơn vị thành một/).waitFor()

    await panel.getByLabel('Sự kiện').selectOption({ label: 'chuyển' })
    await panel.getByRole('button', { name: 'Ghi sự kiện' }).click()
    await panel.getByText('Đã ghi sự kiện.').waitFor()
    await panel
      .getByText(
        'Ngày 01/07/2025, chuyển: Ủy ban MTTQ Việt Nam quận Long Biên → Ủy ban MTTQ Việt Nam quận Ba Đình',
        { exact: false }
      )
      .waitFor()
    expect(await unnamedControls(page)).toEqual([])
    await screenshot(page, '76-year-end-history')
  })
})
