import { lazy, type ComponentType } from 'react'
import {
  Archive,
  Building2,
  CalendarRange,
  Award,
  ClipboardCheck,
  FileText,
  Handshake,
  LayoutDashboard,
  Settings,
  Users,
  type LucideIcon
} from 'lucide-react'
import { OverviewPage } from '../features/overview/OverviewPage'

/** One screen of the app: its address, what shows it, and its entry in the navigation if any. */
export interface AppRoute {
  path: string
  Screen: ComponentType
  /** Shown in the main navigation, in the order of this table. */
  nav?: { label: string; icon: LucideIcon }
}

/**
 * A screen loaded when first opened, so start-up carries only the first screen's code. `pick`
 * names the export, which keeps the features' named exports (no default exports needed).
 */
function later<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ComponentType {
  return lazy(() => load().then((module) => ({ default: pick(module) })))
}

/** Editors reached at two addresses each: one lazy screen, so both share one loaded chunk. */
const MemberUnitEditorScreen = later(
  () => import('../features/member-units/MemberUnitEditorRoute'),
  (m) => m.MemberUnitEditorRoute
)
const ClusterYearEditorScreen = later(
  () => import('../features/cluster-years/ClusterYearEditorRoute'),
  (m) => m.ClusterYearEditorRoute
)
const MeetingEditorScreen = later(
  () => import('../features/meetings/MeetingEditorRoute'),
  (m) => m.MeetingEditorRoute
)
const CompositionEditorScreen = later(
  () => import('../features/documents/CompositionEditorRoute'),
  (m) => m.CompositionEditorRoute
)

/**
 * The one route table: the router is built from it and the navigation lists its `nav` entries,
 * in the order of the secretary's year. Tổng quan is in the start-up bundle (it is the first
 * screen); every other screen loads on first use.
 */
export const ROUTES: AppRoute[] = [
  { path: '/', Screen: OverviewPage, nav: { label: 'Tổng quan', icon: LayoutDashboard } },
  {
    path: '/don-vi',
    Screen: later(
      () => import('../features/member-units/MemberUnitsPage'),
      (m) => m.MemberUnitsPage
    ),
    nav: { label: 'Đơn vị thành viên', icon: Building2 }
  },
  {
    path: '/don-vi/moi',
    Screen: MemberUnitEditorScreen
  },
  {
    path: '/don-vi/:id',
    Screen: MemberUnitEditorScreen
  },
  {
    path: '/nam-thi-dua',
    Screen: later(
      () => import('../features/cluster-years/ClusterYearsPage'),
      (m) => m.ClusterYearsPage
    ),
    nav: { label: 'Năm thi đua', icon: CalendarRange }
  },
  {
    path: '/nam-thi-dua/moi',
    Screen: ClusterYearEditorScreen
  },
  {
    path: '/nam-thi-dua/:id',
    Screen: ClusterYearEditorScreen
  },
  {
    path: '/giao-uoc',
    Screen: later(
      () => import('../features/pact/PactRoute'),
      (m) => m.PactRoute
    ),
    nav: { label: 'Giao ước', icon: Handshake }
  },
  {
    path: '/hoi-nghi',
    Screen: later(
      () => import('../features/meetings/MeetingsPage'),
      (m) => m.MeetingsPage
    ),
    nav: { label: 'Hội nghị & Biên bản', icon: Users }
  },
  {
    path: '/hoi-nghi/moi',
    Screen: MeetingEditorScreen
  },
  {
    path: '/hoi-nghi/:id',
    Screen: MeetingEditorScreen
  },
  {
    path: '/cham-diem',
    Screen: later(
      () => import('../features/scoring/ScoringRoute'),
      (m) => m.ScoringRoute
    ),
    nav: { label: 'Chấm điểm', icon: ClipboardCheck }
  },
  {
    path: '/binh-xet',
    Screen: later(
      () => import('../features/yearend/YearEndRoute'),
      (m) => m.YearEndRoute
    ),
    nav: { label: 'Bình xét', icon: Award }
  },
  {
    path: '/van-ban',
    Screen: later(
      () => import('../features/documents/DocumentsPage'),
      (m) => m.DocumentsPage
    ),
    nav: { label: 'Văn bản', icon: FileText }
  },
  {
    path: '/van-ban/moi/:kind',
    Screen: CompositionEditorScreen
  },
  {
    path: '/van-ban/:id',
    Screen: CompositionEditorScreen
  },
  {
    path: '/sao-luu',
    Screen: later(
      () => import('../features/backup/BackupPage'),
      (m) => m.BackupPage
    ),
    nav: { label: 'Sao lưu', icon: Archive }
  },
  {
    path: '/cai-dat',
    Screen: later(
      () => import('../features/settings/SettingsPage'),
      (m) => m.SettingsPage
    ),
    nav: { label: 'Cài đặt', icon: Settings }
  }
]

/** The main navigation: the table's entries that have a `nav`, in table order. */
export const SECTIONS = ROUTES.flatMap((route) =>
  route.nav ? [{ path: route.path, ...route.nav }] : []
)
