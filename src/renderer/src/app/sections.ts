import {
  Archive,
  Building2,
  CalendarRange,
  ClipboardCheck,
  FileText,
  Handshake,
  LayoutDashboard,
  Settings,
  Users,
  type LucideIcon
} from 'lucide-react'

/** One entry of the main navigation. */
export interface Section {
  path: string
  label: string
  icon: LucideIcon
  /** For sections still to be built: what they will do, shown plainly instead of a fake screen. */
  comingSoon?: string[]
}

/** The whole product's navigation, in the order of the secretary's year. */
export const SECTIONS: Section[] = [
  { path: '/', label: 'Tổng quan', icon: LayoutDashboard },
  { path: '/don-vi', label: 'Đơn vị thành viên', icon: Building2 },
  { path: '/nam-thi-dua', label: 'Năm thi đua', icon: CalendarRange },
  { path: '/giao-uoc', label: 'Giao ước', icon: Handshake },
  { path: '/hoi-nghi', label: 'Hội nghị & Biên bản', icon: Users },
  {
    path: '/cham-diem',
    label: 'Chấm điểm',
    icon: ClipboardCheck,
    comingSoon: [
      'Điểm tự chấm và điểm cụm chấm theo từng tiêu chí, tổng hợp và xếp hạng.',
      'Bảng điểm xuất ra Word để trình ký.'
    ]
  },
  { path: '/van-ban', label: 'Văn bản', icon: FileText },
  { path: '/sao-luu', label: 'Sao lưu', icon: Archive },
  { path: '/cai-dat', label: 'Cài đặt', icon: Settings }
]
