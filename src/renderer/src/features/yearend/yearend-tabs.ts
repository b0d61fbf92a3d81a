/** The parts of the year-end review, in the order the meeting goes. */
export const YEAR_END_TABS = [
  { id: 'phieu', label: 'Phiếu bình xét' },
  { id: 'kiem-phieu', label: 'Kiểm phiếu' },
  { id: 'ket-qua', label: 'Kết quả' },
  { id: 'khen-thuong', label: 'Khen thưởng' },
  { id: 'ho-so', label: 'Hồ sơ' }
] as const

export type YearEndTab = (typeof YEAR_END_TABS)[number]['id']
