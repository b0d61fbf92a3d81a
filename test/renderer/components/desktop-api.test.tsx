import { describe, expect, it, vi, afterEach } from 'vitest'
import { render, screen, fireEvent } from '@testing-library/react'
import { createWebDesktopApi } from '../../../src/renderer/src/lib/web-desktop-api'
import { getDesktopApi, setDesktopApiForTests } from '../../../src/renderer/src/lib/desktop-api'
import { ErrorBoundary } from '../../../src/renderer/src/app/ErrorBoundary'
import { StartupFailure } from '../../../src/renderer/src/app/StartupFailure'

afterEach(() => setDesktopApiForTests(null))

describe('browser desktop API', () => {
  it('saves by downloading under a safe Vietnamese file name', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x')
    URL.revokeObjectURL = vi.fn()
    const clicked: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push(this.download)
    })
    const api = createWebDesktopApi()
    const result = await api.file.save({
      kind: 'docx',
      suggestedName: 'Biên bản: 05/BB',
      bytes: new Uint8Array([1])
    })
    expect(result).toEqual({ ok: true, value: { path: 'Biên bản 05-BB.docx', method: 'download' } })
    expect(clicked).toEqual(['Biên bản 05-BB.docx'])
    click.mockRestore()
  })

  it('says plainly that it cannot open folders', async () => {
    const result = await createWebDesktopApi().file.revealLastSaved()
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } })
  })

  it('is what getDesktopApi returns outside Electron, and tests can replace it', async () => {
    expect((await getDesktopApi().app.getInfo()).ok).toBe(true)
    const fake = { app: { getInfo: vi.fn() }, file: {} } as never
    setDesktopApiForTests(fake)
    expect(getDesktopApi()).toBe(fake)
  })
})

describe('error screens', () => {
  it('show a Vietnamese explanation instead of a blank window when a screen crashes', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    let fail = true
    function Boom() {
      if (fail) throw new Error('hỏng')
      return <p>Đã ổn</p>
    }
    render(
      <ErrorBoundary>
        <Boom />
      </ErrorBoundary>
    )
    expect(screen.getByRole('alert').textContent).toContain('Dữ liệu đã lưu không bị ảnh hưởng')
    fail = false
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }))
    expect(screen.getByText('Đã ổn')).toBeTruthy()
    spy.mockRestore()
  })

  it('explain a database that cannot open, with what to do', () => {
    render(
      <StartupFailure
        error={Object.assign(new Error('Internal error opening backing store'), {
          name: 'UnknownError'
        })}
      />
    )
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('Không mở được dữ liệu')
    expect(alert.textContent).toContain('UnknownError: Internal error opening backing store')
  })
})
