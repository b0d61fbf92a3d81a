import { useState } from 'react'
import type { SectionOutcome } from '@core/ballot/result'
import { issuesFrom, type FieldIssue } from '@core/model/validation'
import { IssuesAlert } from '../../components/IssuesAlert'
import { useDatabase } from '../../db/DatabaseContext'
import { recordTieDecision } from '../../db/repositories/ballots-repo'

/**
 * A tie the section's rule leaves to the chair (or that the higher score did not separate): the
 * secretary records whom the chair chose, with a note for the record, before "Chốt kết quả".
 */
export function ChairDecision({
  ballotId,
  outcome
}: {
  ballotId: string
  outcome: SectionOutcome
}) {
  const db = useDatabase()
  const tie = outcome.tie!
  const [chosen, setChosen] = useState<string[]>([])
  const [note, setNote] = useState('')
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const label = (id: string) => outcome.rows.find((r) => r.unitId === id)?.candidate.label ?? id
  const save = async () => {
    try {
      await recordTieDecision(db, ballotId, {
        sectionKey: outcome.section.key,
        unitIds: [...tie.chosen, ...chosen],
        note
      })
      setIssues([])
    } catch (error) {
      setIssues(issuesFrom(error))
    }
  }
  const open = tie.unitIds.filter((id) => !tie.chosen.includes(id))
  return (
    <fieldset className="plain">
      <legend>
        {outcome.section.title}: bằng phiếu, chủ trì chọn {tie.seats - tie.chosen.length} đơn vị
      </legend>
      {open.map((id) => (
        <label key={id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(id)}
            onChange={(e) =>
              setChosen(e.target.checked ? [...chosen, id] : chosen.filter((x) => x !== id))
            }
          />{' '}
          {label(id)}
        </label>
      ))}
      <div className="field wide">
        <label htmlFor={`chair-${outcome.section.key}`}>Ghi chú (ghi vào biên bản)</label>
        <input
          id={`chair-${outcome.section.key}`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <IssuesAlert issues={issues} title="Chưa ghi được." />
      <button type="button" className="button" onClick={() => void save()}>
        Ghi quyết định của chủ trì
      </button>
    </fieldset>
  )
}
