import type { Meeting, Pact } from '@core/model/entities'
import { defaultSigningDate, signingDateNotes, signingMeetingOf } from '@core/rules/pact-signing'
import { formatDateVi } from '@core/text/dates'

type MeetingRef = Pick<Meeting, 'id' | 'date' | 'type' | 'clusterYearId' | 'title'>

/** The signing form: the date and meeting of the signing, and the reason of a correction. */
export interface SigningState {
  signedOn: string
  meetingId: string
  /** The secretary typed the date: choosing a meeting no longer changes it. */
  dateTyped: boolean
  /** Why a signed pact's date is corrected (an amendment needs its reason). */
  reason: string
}

/**
 * Where the signing form starts: the pact's own date and meeting when it has them, else the
 * year's signing meeting and its date (`defaultSigningDate`) — never a made-up day.
 */
export function initialSigning(
  pact: Pick<Pact, 'signedOn' | 'signingMeetingId' | 'clusterYearId'>,
  meetings: MeetingRef[]
): SigningState {
  return {
    signedOn: defaultSigningDate(pact, meetings),
    meetingId: signingMeetingOf(pact, meetings)?.id ?? '',
    dateTyped: pact.signedOn !== '',
    reason: ''
  }
}

/** Another signing meeting: the date follows it, unless the secretary typed a date. */
export function chooseMeeting(
  state: SigningState,
  meetingId: string,
  meetings: MeetingRef[]
): SigningState {
  const meeting = meetings.find((m) => m.id === meetingId)
  return {
    ...state,
    meetingId,
    signedOn: !state.dateTyped && meeting ? meeting.date : state.signedOn
  }
}

/** A date typed: kept even when another meeting is chosen afterwards. */
export function typeDate(state: SigningState, signedOn: string): SigningState {
  return { ...state, signedOn, dateTyped: true }
}

/** A remark when the date differs from the date of the meeting chosen. */
export function signingNotes(state: SigningState, meetings: MeetingRef[]): string[] {
  return signingDateNotes(
    state.signedOn,
    meetings.find((m) => m.id === state.meetingId)
  )
}

/** "06/02/2025 — Hội nghị ký kết giao ước thi đua năm 2025": a meeting in the signing list. */
export const meetingChoice = (m: MeetingRef) => `${formatDateVi(m.date)} — ${m.title}`
