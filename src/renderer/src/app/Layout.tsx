import { NavLink, Outlet } from 'react-router'
import { useActiveCluster } from '../db/hooks'
import { SECTIONS } from './sections'

/** The window's frame: the navigation on the left, the current screen on the right. */
export function Layout() {
  const cluster = useActiveCluster()
  return (
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
      </nav>
      <main id="noi-dung" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
