import { memo, type ReactNode } from 'react'
import type { Meeting, Pact } from '@core/model/entities'
import { formatDateVi } from '@core/text/dates'
import { DateField } from '../../components/DateField'
import { FieldShell } from '../../components/FieldShell'
import {
  chooseMeeting,
  meetingChoice,
  signingNotes,
  typeDate,
  type SigningState
} from './signing-form'

interface Props {
  pact: Pact
  /** The meetings of the pact's year. */
  meetings: Meeting[]
  state: SigningState
  onChange(state: SigningState): void
  /** A signed pact's date is being corrected. */
  correcting: boolean
  onCorrecting(correcting: boolean): void
  onSign(): void
  onCorrect(): void
  errorOf(field: string): string
  /** The register's number of the signed pact, when the cluster numbers pacts. */
  numberText: string
  /** What a refused signing or correction says beside its button. */
  note: ReactNode
}

/**
 * "Ký kết": the signing date (by default the date of the signing meeting) and meeting, then
 * signing, which locks the pact. Once signed, the date is corrected only as an amendment with its
 * reason, kept in the history with both dates.
 */
export const SigningPanel = memo(function SigningPanel(props: Props) {
  const { pact, meetings, state, onChange, correcting, errorOf } = props
  const signed = pact.status === 'signed'
  const meeting = meetings.find((m) => m.id === pact.signingMeetingId)
  const editing = !signed || correcting
  const notes = signingNotes(state, meetings)
  return (
    <section className="panel" aria-labelledby="pact-sign" data-field="signing">
      <h2 id="pact-sign">Ký kết</h2>
      {signed ? (
        <p>
          Đã ký ngày <strong>{formatDateVi(pact.signedOn)}</strong>
          {meeting ? ` tại ${meeting.title}` : ''}
          {props.numberText ? `; số ${props.numberText}` : ''}.
        </p>
      ) : (
        <p className="muted">
          Ngày ký mặc định là ngày của hội nghị ký kết; có thể sửa. Ký kết xong, giao ước được khóa.
        </p>
      )}
      {editing ? (
        <>
          <div className="field-row">
            <DateField
              name="signedOn"
              field="signedOn"
              label={correcting ? 'Ngày ký đúng' : 'Ngày ký'}
              value={state.signedOn}
              onChange={(value) => onChange(typeDate(state, value))}
              error={errorOf('signedOn')}
              hint={notes.join(' ') || undefined}
            />
            <FieldShell
              label="Hội nghị ký kết"
              field="signingMeetingId"
              error={errorOf('signingMeetingId')}
            >
              {(control) => (
                <select
                  {...control}
                  value={state.meetingId}
                  onChange={(e) => onChange(chooseMeeting(state, e.target.value, meetings))}
                >
                  <option value="">(không ghi)</option>
                  {meetings.map((m) => (
                    <option key={m.id} value={m.id}>
                      {meetingChoice(m)}
                    </option>
                  ))}
                </select>
              )}
            </FieldShell>
          </div>
          {correcting ? (
            <FieldShell
              label="Lý do đính chính (bắt buộc)"
              field="amendment"
              error={errorOf('amendment')}
            >
              {(control) => (
                <input
                  {...control}
                  value={state.reason}
                  placeholder="Ghi nhầm ngày ký; ngày ký đúng theo biên bản hội nghị"
                  onChange={(e) => onChange({ ...state, reason: e.target.value })}
                />
              )}
            </FieldShell>
          ) : null}
        </>
      ) : null}
      <div className="form-actions">
        {!signed ? (
          <button type="button" className="button primary" onClick={props.onSign}>
            Ký kết giao ước
          </button>
        ) : correcting ? (
          <>
            <button type="button" className="button primary" onClick={props.onCorrect}>
              Lưu đính chính ngày ký
            </button>
            <button type="button" className="button" onClick={() => props.onCorrecting(false)}>
              Hủy
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => props.onCorrecting(true)}>
            Đính chính ngày ký
          </button>
        )}
      </div>
      {props.note}
    </section>
  )
})
