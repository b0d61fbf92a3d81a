import type { Meeting } from '@core/model/entities'
import { matchesSearch } from '@core/text/normalize'

/** What the list of meetings is narrowed to, besides the year it reads. */
export interface MeetingsFilter {
  /** A meeting type, '' for every type. */
  type: string
  /** Words looked for in the title and place (accents and case ignored). */
  query: string
}

/** The meetings that match the type and the search, in the order given. */
export function filterMeetings(meetings: Meeting[], { type, query }: MeetingsFilter): Meeting[] {
  if (!type && !query.trim()) return meetings
  return meetings.filter(
    (m) => (!type || m.type === type) && matchesSearch(`${m.title} ${m.place}`, query)
  )
}
