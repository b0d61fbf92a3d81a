import {
  buildInvitationDocument,
  buildTallyDocument,
  type MeetingFacts
} from '@core/documents/kinds/minutes'
import type { FormatProfile } from '@core/documents/profile'
import type { Cluster } from '@core/model/entities'
import { useDatabase } from '../../db/DatabaseContext'
import { useIssuedSources } from '../../db/hooks'
import { exportMessage, exportNumbered, type NumberedExport } from '../../documents/export-docx'
import { IssueButton } from '../../documents/IssueButton'
import { SavedFileActions } from '../../documents/SavedFileActions'
import type { useDocumentExport } from '../../documents/useDocumentExport'

interface Props {
  cluster: Cluster
  facts: MeetingFacts
  profile: FormatProfile
  actions: ReturnType<typeof useDocumentExport>
}

/**
 * The meeting's other numbered documents — a tally for each secret ballot and the invitation —
 * and what the last export said.
 */
export function MeetingDocumentsActions({ cluster, facts, profile, actions }: Props) {
  const db = useDatabase()
  const exportBB = (request: Omit<NumberedExport, 'cluster' | 'year'>) =>
    actions.run(async () => {
      const { symbol, result } = await exportNumbered(db, {
        ...request,
        cluster,
        year: facts.year.year
      })
      return { message: exportMessage(symbol, result), saved: result.ok ? result.value : null }
    })
  const tallies = facts.votes.filter((v) => v.method === 'secret-ballot')
  const issued = useIssuedSources([facts.meeting.id, ...tallies.map((v) => v.id)])
  return (
    <>
      <div className="form-actions no-print">
        {tallies.map((vote) => (
          <IssueButton
            key={vote.id}
            label={`Xuất biên bản kiểm phiếu: ${vote.subject}`}
            noun="biên bản kiểm phiếu"
            numbered={issued?.has(`votes:${vote.id}:BB`)}
            onIssue={() =>
              exportBB({
                typeCode: 'BB',
                label: 'Biên bản kiểm phiếu',
                title: vote.subject,
                issuedOn: facts.meeting.date,
                sourceTable: 'votes',
                sourceId: vote.id,
                build: (n) => buildTallyDocument(facts, vote, n, profile)
              })
            }
          />
        ))}
        <IssueButton
          label="Xuất giấy mời"
          noun="giấy mời"
          numbered={issued?.has(`meeting-invitations:${facts.meeting.id}:GM`)}
          onIssue={() =>
            // No date of its own: the register dates it the day it is first numbered, and every
            // later export prints that same date.
            void exportBB({
              typeCode: 'GM',
              label: 'Giấy mời',
              title: facts.meeting.title,
              issuedOn: '',
              sourceTable: 'meeting-invitations',
              sourceId: facts.meeting.id,
              build: (n) => buildInvitationDocument(facts, '', n, profile)
            })
          }
        />
        <SavedFileActions saved={actions.saved} />
      </div>
      <p role="status" className="save-status no-print">
        {actions.message}
      </p>
    </>
  )
}
