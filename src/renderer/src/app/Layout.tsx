import { Suspense, useEffect } from 'react'
import { NavLink, Outlet, useLocation } from 'react-router'
import { useActiveCluster } from '../db/queries/overview-screen'
import { useDiskLow, useLatestBackup } from '../db/SafetyContext'
import { backupTimeWords } from '../features/backup/backup-words'
import { SafeModeNotice } from '../features/backup/SafeModeNotice'
import { LOW_DISK_MESSAGE } from '../db/safety'
import { rememberRoute } from './last-route'
import { SECTIONS } from './routes'
import { UnsavedChangesGuard } from './unsaved/UnsavedChangesGuard'

/** The window's frame: the navigation on the left, the current screen on the right. */
export function Layout() {
  const cluster = useActiveCluster()
  const { latest, checked, error } = useLatestBackup()
  const diskLow = useDiskLow()
  const { pathname } = useLocation()
  useEffect(() => rememberRoute(pathname), [pathname])
  return (
    <UnsavedChangesGuard>
      <div className="layout">
        {/* The router owns the URL hash, so the skip link moves focus itself instead of jumping. */}
        <a
          className="skip-link"
          href="#noi-dung"
          onClick={(event) => {
            event.preventDefault()
            document.getElementById('noi-dung')?.focus()
          }}
        >
          Bỏ qua thanh điều hướng
        </a>
        <nav className="sidebar" aria-label="Điều hướng chính">
          <div className="brand">
            <span className="brand-title">Thư ký Cụm thi đua</span>
            <span className="brand-cluster">{cluster ? cluster.name : 'Chưa có cụm'}</span>
          </div>
          <ul>
            {SECTIONS.map(({ path, label, icon: Icon }) => (
              <li key={path}>
                <NavLink to={path} end={path === '/'} className="nav-link">
                  <Icon aria-hidden="true" size={18} />
                  <span>{label}</span>
                </NavLink>
              </li>
            ))}
          </ul>
          <p className="last-backup" role="status">
            {/* Automatic backups only: «Sao lưu ngay» writes where the secretary chose. */}
            Bản sao lưu tự động gần nhất:{' '}
            {latest ? backupTimeWords(latest.createdAt) : checked ? 'chưa có' : 'đang kiểm tra…'}
          </p>
        </nav>
        <main id="noi-dung" className="content" tabIndex={-1}>
          {diskLow ? (
            <p className="alert error banner no-print" role="alert">
              {LOW_DISK_MESSAGE}
            </p>
          ) : null}
          {error ? (
            <p className="alert warning banner no-print" role="alert">
              Sao lưu tự động không thành công: {error}
            </p>
          ) : null}
          {/* Sao lưu shows it itself, next to the restore. */}
          {pathname !== '/sao-luu' ? <SafeModeNotice /> : null}
          <Suspense
            fallback={
              <p role="status" className="screen-loading">
                Đang mở màn hình…
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </main>
      </div>
    </UnsavedChangesGuard>
  )
}
