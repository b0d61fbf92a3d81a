import { MEETING_TYPE_LABELS } from '@core/documents/kinds/minutes'
import { itemLine, type CompareSpec } from '../../components/concurrency/compare'
import type { MeetingFormState } from './meeting-form'

const ATTENDANCE_WORDS: Record<string, string> = {
  present: 'Có mặt',
  'absent-excused': 'Vắng có lý do',
  'absent-unexcused': 'Vắng không lý do'
}

/**
 * How "So sánh" names the meeting form's fields (the labels of the screen); units by their name
 * that year, the year by its number.
 */
export function meetingCompareSpec(
  unitName: (unitId: string) => string,
  yearName: (yearId: string) => string
): CompareSpec<MeetingFormState> {
  return {
    clusterYearId: { label: 'Năm thi đua', text: yearName },
    type: {
      label: 'Loại hội nghị',
      text: (t) => MEETING_TYPE_LABELS[t as keyof typeof MEETING_TYPE_LABELS] ?? t
    },
    title: 'Tên hội nghị',
    date: 'Ngày họp',
    startTime: 'Giờ bắt đầu',
    endTime: 'Giờ kết thúc',
    timeOfDay: 'Buổi',
    place: 'Địa điểm',
    hostUnitId: { label: 'Đơn vị đăng cai', text: (id) => (id ? unitName(id) : '(không ghi)') },
    chairName: 'Chủ trì — họ và tên',
    chairPosition: 'Chủ trì — chức vụ',
    secretaryName: 'Thư ký — họ và tên',
    secretaryPosition: 'Thư ký — chức vụ',
    agenda: 'Chương trình',
    conclusion: 'Kết luận của chủ trì',
    decisions: 'Các nội dung hội nghị thống nhất',
    attendance: {
      label: 'Thành phần tham dự',
      items: (rows) =>
        Object.entries(rows).map(([unitId, row]) => ({
          key: unitId,
          name: unitName(unitId),
          text: itemLine(
            ATTENDANCE_WORDS[row.status] ?? row.status,
            row.status === 'present' ? row.representatives : row.reason
          )
        }))
    },
    guests: {
      label: 'Khách mời',
      items: (rows) =>
        rows.map((g, i) => ({
          key: g.id ?? `new-${i}`,
          name: g.name || `khách mời ${i + 1}`,
          text: itemLine(g.name, g.title)
        }))
    },
    remarks: {
      label: 'Ý kiến',
      items: (rows) =>
        rows.map((r, i) => ({
          key: r.id ?? `new-${i}`,
          name: r.speakerName || `ý kiến ${i + 1}`,
          text: itemLine(
            r.speakerName,
            r.speakerPosition,
            r.unitId ? unitName(r.unitId) : '',
            r.summary
          )
        }))
    },
    votes: {
      label: 'Biểu quyết',
      items: (rows) =>
        rows.map((v, i) => ({
          key: v.id ?? `new-${i}`,
          name: v.subject || `biểu quyết ${i + 1}`,
          text: itemLine(
            v.subject,
            `phát ${v.ballotsIssued || 0}, thu ${v.ballotsReturned || 0}, hợp lệ ${v.ballotsValid || 0}`,
            v.options.map(
              (o) =>
                `${o.label || (o.unitId ? unitName(o.unitId) : '')}: ${o.inFavour || 0} tán thành, ${o.against || 0} không tán thành, ${o.abstain || 0} không ý kiến`
            )
          )
        }))
    }
  }
}
