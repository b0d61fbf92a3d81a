import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ok } from '@shared/ipc/results'
import type { DesktopApi } from '@shared/ipc/contract'
import { App } from '../../../src/renderer/src/app/App'
import { setDesktopApiForTests } from '../../../src/renderer/src/lib/desktop-api'
import { createWebDesktopApi } from '../../../src/renderer/src/lib/web-desktop-api'
import { makeTestDb } from '../../helpers/test-db'

/** The browser API, with the desktop's close request wired to the test. */
function desktopWithClose() {
  const web = createWebDesktopApi()
  const close: { request?: () => void } = {}
  const answerClose = vi.fn(async () => ok(null))
  const api: DesktopApi = {
    ...web,
    app: {
      ...web.app,
      onCloseRequested: (callback) => {
        close.request = callback
        return () => {
          close.request = undefined
        }
      },
      answerClose
    }
  }
  setDesktopApiForTests(api)
  return { close, answerClose }
}

async function openSettingsWithSample() {
  const db = makeTestDb()
  render(<App db={db} />)
  fireEvent.click(await screen.findByRole('button', { name: 'Nạp dữ liệu mẫu' }))
  await screen.findByRole('region', { name: 'Đơn vị thành viên (6)' })
  fireEvent.click(screen.getByRole('link', { name: 'Cài đặt' }))
  return screen.findByLabelText<HTMLInputElement>('Tên cụm *')
}

beforeEach(() => {
  window.location.hash = '#/'
})
afterEach(() => setDesktopApiForTests(null))

describe('unsaved changes', () => {
  it('hold the navigation until the user answers; staying keeps the typed text', async () => {
    desktopWithClose()
    const name = await openSettingsWithSample()
    fireEvent.change(name, { target: { value: 'Cụm thi đua số 9' } })
    fireEvent.click(screen.getByRole('link', { name: 'Tổng quan' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Có thay đổi chưa lưu' })
    expect(dialog.textContent).toContain('Nếu rời đi bây giờ')
    fireEvent.click(screen.getByRole('button', { name: 'Ở lại' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(window.location.hash).toBe('#/cai-dat')
    expect(screen.getByLabelText<HTMLInputElement>('Tên cụm *').value).toBe('Cụm thi đua số 9')

    fireEvent.click(screen.getByRole('link', { name: 'Tổng quan' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Rời đi không lưu' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Cụm thi đua số 1' })).toBeTruthy()
  })

  it('let the desktop window close at once when nothing is unsaved', async () => {
    const { close, answerClose } = desktopWithClose()
    await openSettingsWithSample()
    close.request!()
    expect(answerClose).toHaveBeenCalledWith({ decision: 'close' })
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('hold the desktop window’s close while the user decides, then answer main', async () => {
    const { close, answerClose } = desktopWithClose()
    const name = await openSettingsWithSample()
    fireEvent.change(name, { target: { value: 'Cụm thi đua số 9' } })
    close.request!()
    expect(answerClose).toHaveBeenLastCalledWith({ decision: 'asking' })
    const dialog = await screen.findByRole('alertdialog')
    expect(dialog.textContent).toContain('Nếu đóng ứng dụng bây giờ')
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(answerClose).toHaveBeenLastCalledWith({ decision: 'stay' })
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())

    close.request!()
    fireEvent.click(await screen.findByRole('button', { name: 'Rời đi không lưu' }))
    expect(answerClose).toHaveBeenLastCalledWith({ decision: 'close' })
  })

  it('are forgotten once saved: the next close does not ask', async () => {
    const { close, answerClose } = desktopWithClose()
    const name = await openSettingsWithSample()
    fireEvent.change(name, { target: { value: 'Cụm thi đua số 9' } })
    fireEvent.click(screen.getAllByRole('button', { name: 'Lưu thay đổi' })[0]!)
    await screen.findByText('Đã lưu.')
    close.request!()
    expect(answerClose).toHaveBeenLastCalledWith({ decision: 'close' })
  })

  it('ask before a reload or closing the tab (beforeunload)', async () => {
    desktopWithClose()
    const name = await openSettingsWithSample()
    const clean = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(clean)
    expect(clean.defaultPrevented).toBe(false)
    fireEvent.change(name, { target: { value: 'Cụm thi đua số 9' } })
    const dirty = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(dirty)
    expect(dirty.defaultPrevented).toBe(true)
  })
})
