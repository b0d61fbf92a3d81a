import { useMemo } from 'react'
import type { FinalSection, RoundRecord } from '@core/ballot/result'
import type { YearEndFacts } from '@core/documents/kinds/year-end-common'
import type { MeetingFacts } from '@core/documents/kinds/minutes'
import { compileCriteria } from '@core/scoring/plan'
import type { ScoringFacts } from '@core/scoring/view'
import { defaultScoringRules, scoringFactsOf, unitNameIn } from '../../db/repositories/scoring-repo'
import { countedRounds, yearResults, type YearEndRecord } from '../../db/repositories/year-end-repo'

/** What every part of the Bình xét screen reads, derived once per change of the records. */
export interface YearEndData {
  record: YearEndRecord
  scoring: ScoringFacts
  /** Counted rounds, one chain per first-round ballot. */
  chains: RoundRecord[][]
  results: FinalSection[]
  /** Units flagged vướng mắc, with the flag's words. */
  flagged: Record<string, string>
  unitName(unitId: string): string
  /** The facts the year-end documents read, for the meeting the ballot was cast at. */
  factsFor(meetingId: string): YearEndFacts | null
}

export function useYearEndData(
  record: YearEndRecord | null | undefined
): YearEndData | null | undefined {
  return useMemo(() => {
    if (record === undefined) return undefined
    if (record === null) return null
    const s = record.scoring
    const plan = compileCriteria(s.criteria)
    const scoring = scoringFactsOf(s, plan, s.rules ?? defaultScoringRules(s))
    const chains = countedRounds(s.year, record.ballots, record.counts, record.attendances)
    const results = yearResults(chains)
    const unitNames: Record<string, string> = {
      ...Object.fromEntries(s.units.map((u) => [u.id, u.name])),
      ...s.year.unitNames
    }
    const factsFor = (meetingId: string): YearEndFacts | null => {
      const meeting = record.meetings.find((m) => m.id === meetingId)
      if (!meeting) return null
      const meetingFacts: MeetingFacts = {
        cluster: s.cluster,
        rules: s.cluster.rules,
        year: s.year,
        meeting,
        unitNames,
        attendances: record.attendances.filter((a) => a.meetingId === meetingId),
        guests: [],
        remarks: [],
        votes: []
      }
      return {
        scoring,
        meeting: meetingFacts,
        rounds: chains.flat(),
        results,
        catalogue: record.catalogue,
        proposals: record.proposals,
        pastAwards: record.pastAwards,
        lineage: record.lineage
      }
    }
    return {
      record,
      scoring,
      chains,
      results,
      flagged: Object.fromEntries(
        s.sheets.filter((x) => x.flag !== null).map((x) => [x.unitId, x.flag!.note])
      ),
      unitName: (id: string) => unitNameIn(s.year, s.units, id),
      factsFor
    }
  }, [record])
}
