import { useState } from 'react'
import type { ClusterYear } from '@core/model/entities'
import { formatDateVi } from '@core/text/dates'
import { useMeetings } from '../../db/hooks'

interface Props {
  year: ClusterYear
  clusterId: string
  initialDate: string
  initialMeetingId: string
  onSign(signedOn: string, meetingId: string): void
}

/** "Ký kết": the signing date and meeting, then signing (which locks the pact). */
export function SigningPanel({ year, clusterId, initialDate, initialMeetingId, onSign }: Props) {
  const meetings = useMeetings(clusterId)
  const [signedOn, setSignedOn] = useState(initialDate)
  const [meetingId, setMeetingId] = useState(initialMeetingId)
  return (
    <section className="panel" aria-labelledby="pact-sign">
      <h2 id="pact-sign">Ký kết</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="signed-on">Ngày ký</label>
          <input
            id="signed-on"
            type="date"
            value={signedOn}
            onChange={(e) => setSignedOn(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="signing-meeting">Hội nghị ký kết</label>
          <select
            id="signing-meeting"
            value={meetingId}
            onChange={(e) => setMeetingId(e.target.value)}
          >
            <option value="">(không ghi)</option>
            {(meetings ?? [])
              .filter((m) => m.clusterYearId === year.id)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {formatDateVi(m.date)} — {m.title}
                </option>
              ))}
          </select>
        </div>
      </div>
      <button type="button" className="button primary" onClick={() => onSign(signedOn, meetingId)}>
        Ký kết giao ước
      </button>
    </section>
  )
}
