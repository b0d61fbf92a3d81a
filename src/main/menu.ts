import type { MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  showAbout(): void
}

/**
 * The Vietnamese application menu (Tệp, Chỉnh sửa, Xem, Trợ giúp).
 *
 * Roles give the platform's own behaviour and shortcuts; only the labels are ours. Developer tools
 * appear only in development builds.
 */
export function buildMenuTemplate(
  isDev: boolean,
  actions: MenuActions
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Tải lại' },
    { type: 'separator' },
    { role: 'zoomIn', label: 'Phóng to' },
    { role: 'zoomOut', label: 'Thu nhỏ' },
    { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Toàn màn hình' }
  ]
  if (isDev)
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Công cụ nhà phát triển' })
  return [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' }
      ]
    },
    { label: 'Xem', submenu: view },
    {
      label: 'Trợ giúp',
      submenu: [{ label: 'Giới thiệu ứng dụng', click: () => actions.showAbout() }]
    }
  ]
}
