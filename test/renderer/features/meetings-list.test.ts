import { describe, expect, it } from 'vitest'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { filterMeetings } from '../../../src/renderer/src/features/meetings/meetings-list'

const { meetings } = buildSampleDataset('2026-01-01T00:00:00.000Z')

describe('the list of meetings, narrowed', () => {
  it('keeps every meeting, in order, when nothing is asked', () => {
    expect(filterMeetings(meetings, { type: '', query: '  ' })).toEqual(meetings)
  })

  it('keeps the meetings of a type', () => {
    const type = meetings[0]!.type
    const shown = filterMeetings(meetings, { type, query: '' })
    expect(shown.length).toBeGreaterThan(0)
    expect(shown).toEqual(meetings.filter((m) => m.type === type))
  })

  it('finds words of the title or the place without accents or case', () => {
    const target = meetings.find((m) => m.place.trim())!
    const word = target.place.split(' ').at(-1)!
    const folded = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toUpperCase()
    const shown = filterMeetings(meetings, { type: '', query: folded })
    expect(shown).toContain(target)
    expect(
      shown.every((m) => `${m.title} ${m.place}`.toLowerCase().includes(word.toLowerCase()))
    ).toBe(true)
    expect(filterMeetings(meetings, { type: '', query: 'không có hội nghị nào như thế' })).toEqual(
      []
    )
  })
})
