/** The parts of the year's scoring, in the order the work goes. */
export const SCORING_TABS = [
  { id: 'quy-dinh', label: 'Quy định' },
  { id: 'bang-diem', label: 'Bảng điểm' },
  { id: 'phieu', label: 'Phiếu từng đơn vị' },
  { id: 'excel', label: 'Trao đổi Excel' },
  { id: 'xep-hang', label: 'Xếp hạng' },
  { id: 'van-ban', label: 'Văn bản' }
] as const

export type ScoringTab = (typeof SCORING_TABS)[number]['id']
