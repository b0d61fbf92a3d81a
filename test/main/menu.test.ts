import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from '../../src/main/menu'

type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void }

function labels(items: Item[]): string[] {
  return items
    .flatMap((item) => [item.label ?? '', ...(item.submenu ? labels(item.submenu) : [])])
    .filter(Boolean)
}

describe('application menu', () => {
  it('is in Vietnamese: Tệp, Chỉnh sửa, Xem, Trợ giúp', () => {
    const menu = buildMenuTemplate(false, { showAbout: () => {} }) as Item[]
    expect(menu.map((m) => m.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp'])
    expect(labels(menu)).toContain('Sao chép')
    expect(labels(menu).some((l) => /^(File|Edit|View|Help|Copy|Paste)$/.test(l))).toBe(false)
  })

  it('offers developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      JSON.stringify(buildMenuTemplate(isDev, { showAbout: () => {} })).includes('toggleDevTools')
    expect(roles(false)).toBe(false)
    expect(roles(true)).toBe(true)
  })

  it('shows the about box from Trợ giúp', () => {
    const showAbout = vi.fn()
    const menu = buildMenuTemplate(false, { showAbout }) as Item[]
    menu[3]!.submenu![0]!.click!()
    expect(showAbout).toHaveBeenCalledOnce()
  })
})
