import type { Ballot, BallotSection, BallotSectionKind, InvalidReason, Mark } from './model'
import { toRoman } from '../text/vietnamese'

/** Vietnamese words of the ballot, shared by the screens and the documents. */

export const SECTION_KIND_LABELS: Record<BallotSectionKind, string> = {
  'leading-unit': 'Suy tôn đơn vị dẫn đầu',
  flag: 'Đề nghị tặng Cờ thi đua',
  merit: 'Đề nghị tặng Bằng khen',
  leader: 'Bầu Cụm trưởng',
  deputy: 'Bầu Cụm phó',
  other: 'Khác'
}

/** Each reason as the Biên bản kiểm phiếu writes it after the number of papers. */
export const INVALID_REASON_LABELS: Record<InvalidReason, string> = {
  'no-stamp': 'không đúng mẫu phiếu hoặc không có dấu, chữ ký của Ban kiểm phiếu',
  'over-limit': 'chọn quá số lượng quy định',
  'extra-names': 'ghi thêm tên hoặc nội dung ngoài danh sách',
  marked: 'có ký tên hoặc đánh dấu riêng',
  blank: 'để trống (không đánh dấu) hoặc gạch hết tên',
  unclear: 'có dòng đánh dấu không rõ ràng',
  other: 'lý do khác'
}

export const MARK_LABELS: Record<'tick' | 'strike', Record<Mark, string>> = {
  tick: { agree: 'Đồng ý', disagree: 'Không đồng ý', blank: 'Để trống', unclear: 'Đánh cả hai ô' },
  strike: {
    agree: 'Giữ tên',
    disagree: 'Gạch tên',
    blank: 'Giữ tên',
    unclear: 'Gạch không rõ ràng'
  }
}

/** `I`, `II`… : how the paper and the record number the sections. */
export const sectionNumeral = (index: number) => toRoman(index + 1)

/** `01`, `02`, `10`: counts on the paper and in the record are written with two digits. */
export const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n))

/** `Mục I. Suy tôn đơn vị dẫn đầu` */
export function sectionName(ballot: Pick<Ballot, 'sections'>, key: string): string {
  const index = ballot.sections.findIndex((s) => s.key === key)
  const section = ballot.sections[index]
  return section ? `Mục ${sectionNumeral(index)}. ${section.title}` : key
}

/** `(chọn tối đa 01 đơn vị)` */
export function choiceWords(section: Pick<BallotSection, 'maxChoices'>, person = false): string {
  return `chọn tối đa ${twoDigits(section.maxChoices)} ${person ? 'người' : 'đơn vị'}`
}

/** The candidate's label in a section, or the id when it is not on the paper. */
export function candidateLabel(section: BallotSection | undefined, unitId: string): string {
  return section?.candidates.find((c) => c.unitId === unitId)?.label ?? unitId
}
