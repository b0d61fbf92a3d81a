import type { Meeting, Pact } from '../model/entities'
import type { FieldIssue } from '../model/validation'
import { dateProblem } from '../model/fields'
import { formatDateVi } from '../text/dates'

/**
 * The signing date of a pact: editable, by default the date of the meeting where it was signed,
 * and correctable in an amendment (the register entry of a numbered pact follows it).
 */

type MeetingRef = Pick<Meeting, 'id' | 'date' | 'type' | 'clusterYearId'>

/** The meeting the pact was signed at: the one recorded, else the year's signing meeting. */
export function signingMeetingOf(
  pact: Pick<Pact, 'signingMeetingId' | 'clusterYearId'>,
  meetings: MeetingRef[]
): MeetingRef | undefined {
  const recorded = meetings.find((m) => m.id === pact.signingMeetingId)
  if (recorded) return recorded
  return meetings
    .filter((m) => m.clusterYearId === pact.clusterYearId && m.type === 'pact-signing')
    .sort((a, b) => b.date.localeCompare(a.date))[0]
}

/**
 * The date the signing form starts from: the pact's own date when it has one, else the date of
 * its signing meeting, else empty (the secretary types it; never a made-up day).
 */
export function defaultSigningDate(
  pact: Pick<Pact, 'signedOn' | 'signingMeetingId' | 'clusterYearId'>,
  meetings: MeetingRef[]
): string {
  return pact.signedOn || signingMeetingOf(pact, meetings)?.date || ''
}

/**
 * What makes a signing date wrong: missing, a date that does not exist, or outside the pact's
 * year and the year before it (a pact for 2025 may be signed at the end of 2024, not in 2026).
 */
export function checkSigningDate(signedOn: string, pactYear: number): FieldIssue[] {
  if (signedOn.trim() === '') return [{ field: 'signedOn', message: 'Ngày ký: chưa nhập ngày.' }]
  const problem = dateProblem(signedOn)
  if (problem || !/^\d{4}-\d{2}-\d{2}$/.test(signedOn))
    return [
      { field: 'signedOn', message: `Ngày ký: ${problem || 'ngày phải viết dạng ngày/tháng/năm'}.` }
    ]
  const year = Number(signedOn.slice(0, 4))
  if (year !== pactYear && year !== pactYear - 1) {
    return [
      {
        field: 'signedOn',
        message: `Ngày ký: giao ước năm ${pactYear} không thể ký ngày ${formatDateVi(signedOn)}; ngày ký phải trong năm ${pactYear - 1} hoặc ${pactYear}.`
      }
    ]
  }
  return []
}

/** A remark, not an error: the signing date differs from the date of the signing meeting. */
export function signingDateNotes(signedOn: string, meeting: MeetingRef | undefined): string[] {
  return meeting && signedOn && meeting.date !== signedOn
    ? [
        `Ngày ký (${formatDateVi(signedOn)}) khác ngày hội nghị ký kết (${formatDateVi(meeting.date)}).`
      ]
    : []
}
