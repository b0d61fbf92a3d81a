import { useMemo } from 'react'
import { buildMinutesDocument, generateMinutesBody } from '@core/documents/kinds/minutes'
import {
  insertYearEndLines,
  insertYearEndTables,
  yearEndMinutesSections
} from '@core/documents/kinds/year-end-minutes'
import { useFormatProfile, useMeetingFacts, useMinutesOf } from '../../db/hooks'
import { DocumentActions } from '../../documents/DocumentActions'
import type { YearEndData } from './useYearEndData'

/**
 * The year-end meeting's minutes with the score and vote sections put in by the core builder
 * (after the remarks, before the votes and conclusion): from the minutes text the secretary saved
 * in Hội nghị & Biên bản, or the text generated from the meeting when none was saved. A text that
 * already has the sections is shown as it is.
 */
export function MinutesWithSections({ data, meetingId }: { data: YearEndData; meetingId: string }) {
  const meeting = useMeetingFacts(meetingId)
  const minutes = useMinutesOf(meetingId)
  const profile = useFormatProfile(data.record.scoring.cluster.id)
  const model = useMemo(() => {
    const year = data.factsFor(meetingId)
    if (!meeting || !minutes || !profile || !year) return null
    const facts = { ...year, meeting }
    const sections = yearEndMinutesSections(facts)
    const saved = minutes.filter((m) => m.kind === 'minutes').at(-1)?.body ?? ''
    const body = saved || generateMinutesBody(meeting)
    const text = body.includes(sections.lines[0]!) ? body : insertYearEndLines(body, sections)
    return insertYearEndTables(buildMinutesDocument(meeting, text, null, profile), sections.tables)
  }, [data, meetingId, meeting, minutes, profile])
  return (
    <DocumentActions
      model={model}
      label="Biên bản"
      title={`hội nghị tổng kết năm ${data.record.scoring.year.year} (có kết quả chấm điểm, bình xét)`}
    />
  )
}
