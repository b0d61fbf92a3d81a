import { useMemo, useState } from 'react'
import { todayIso } from '@core/text/dates'
import {
  buildInvitationDocument,
  buildMinutesDocument,
  buildTallyDocument,
  findContradictions,
  generateMinutesBody,
  type MeetingFacts
} from '@core/documents/kinds/minutes'
import { documentSymbol } from '@core/documents/kinds/common'
import type { FormatProfile } from '@core/documents/profile'
import type { Cluster, DocumentRecord, Minutes } from '@core/model/entities'
import { ValidationError } from '@core/model/validation'
import { useDatabase } from '../../db/DatabaseContext'
import { useDocuments, useFormatProfile, useMeetingFacts, useMinutesOf } from '../../db/hooks'
import { amendMinutes, finaliseMinutes, saveMinutesBody } from '../../db/repositories/meetings-repo'
import { DocumentPreview } from '../documents/DocumentPreview'
import { exportMessage, exportNumbered, exportUnnumbered } from '../documents/export-document'

/** The minutes of a saved meeting: text, checks against the facts, finalising, documents. */
export function MinutesPanel({ cluster, meetingId }: { cluster: Cluster; meetingId: string }) {
  const facts = useMeetingFacts(meetingId)
  const minutes = useMinutesOf(meetingId)
  const profile = useFormatProfile(cluster.id)
  const register = useDocuments(cluster.id)
  // Kept here, not in the editor below, so the message survives the editor being rebuilt when the
  // minutes row it shows changes.
  const [message, setMessage] = useState('')
  if (!facts || !minutes || !profile || !register) return <p role="status">Đang tải biên bản…</p>
  const draft = minutes.find((m) => m.status === 'draft') ?? null
  const finalised = minutes.filter((m) => m.status === 'finalised')
  const current = facts.meeting.status === 'finalised' ? (finalised.at(-1) ?? null) : draft
  return (
    <MinutesEditor
      key={`${current?.id ?? 'none'}-${facts.meeting.status}`}
      cluster={cluster}
      facts={facts}
      current={current}
      finalised={finalised}
      profile={profile}
      register={register}
      message={message}
      setMessage={setMessage}
    />
  )
}

interface Props {
  cluster: Cluster
  facts: MeetingFacts
  current: Minutes | null
  finalised: Minutes[]
  profile: FormatProfile
  register: DocumentRecord[]
  message: string
  setMessage(message: string): void
}

function MinutesEditor({
  cluster,
  facts,
  current,
  finalised,
  profile,
  register,
  message,
  setMessage
}: Props) {
  const db = useDatabase()
  const isFinal = facts.meeting.status === 'finalised'
  const generated = useMemo(() => generateMinutesBody(facts), [facts])
  const [body, setBody] = useState(current?.body || generated)
  const [confirming, setConfirming] = useState<'finalise' | 'export' | null>(null)
  const warnings = useMemo(() => findContradictions(body, facts), [body, facts])
  const recordOf = (m: Minutes | null) =>
    m?.documentId ? register.find((r) => r.id === m.documentId) : undefined
  const number = recordOf(isFinal ? current : null)
  const model = useMemo(
    () =>
      buildMinutesDocument(
        facts,
        body,
        number ? { number: number.number, typeCode: number.typeCode } : null,
        profile
      ),
    [facts, body, number, profile]
  )
  const secretVotes = facts.votes.filter((v) => v.method === 'secret-ballot')
  const run = async (action: () => Promise<string>) => {
    try {
      setMessage(await action())
    } catch (error) {
      setMessage(
        error instanceof ValidationError
          ? error.issues.map((i) => i.message).join(' ')
          : String((error as Error)?.message ?? error)
      )
    }
  }

  const finalise = () =>
    run(async () => {
      await saveMinutesBody(db, facts.meeting.id, body === generated ? '' : body)
      const row = await finaliseMinutes(db, facts.meeting.id)
      const record = (await db.documents.get(row.documentId))!
      return `Đã hoàn tất biên bản, số ${documentSymbol(record.number, 'BB', cluster.symbol)}.`
    })

  const exportMinutes = () =>
    run(async () => {
      if (isFinal && current) {
        const { symbol, result } = await exportNumbered(db, {
          cluster,
          year: facts.year.year,
          typeCode: 'BB',
          label: 'Biên bản',
          title: facts.meeting.title,
          issuedOn: facts.meeting.date,
          sourceTable: 'minutes',
          sourceId: current.id,
          build: (n) => buildMinutesDocument(facts, current.body, n, profile)
        })
        return exportMessage(symbol, result)
      }
      return exportMessage(null, await exportUnnumbered('Biên bản', facts.meeting.title, model))
    })

  return (
    <section className="panel minutes" aria-labelledby="minutes-title">
      <h2 id="minutes-title" className="no-print">
        Biên bản{' '}
        {number ? `số ${documentSymbol(number.number, 'BB', cluster.symbol)}` : '(chưa hoàn tất)'}
      </h2>
      {current?.amendsMinutesId && !isFinal ? (
        <p className="notice no-print">
          Đây là bản đính chính; biên bản đã hoàn tất trước đó vẫn được giữ nguyên trong sổ văn bản.
        </p>
      ) : null}
      {finalised.length > 0 ? (
        <p className="muted no-print">
          Các bản đã hoàn tất:{' '}
          {finalised
            .map((m) => recordOf(m))
            .filter(Boolean)
            .map((r) => documentSymbol(r!.number, 'BB', cluster.symbol))
            .join(', ')}
        </p>
      ) : null}
      <div className="field no-print">
        <label htmlFor="minutes-body">Nội dung biên bản</label>
        <textarea
          id="minutes-body"
          rows={16}
          value={body}
          readOnly={isFinal}
          onChange={(e) => setBody(e.target.value)}
          aria-describedby="minutes-hint"
        />
        <p id="minutes-hint" className="field-hint">
          Được tạo từ số liệu đã nhập; có thể sửa câu chữ trước khi hoàn tất. Dòng “[Bảng kết quả
          biểu quyết N]” là chỗ in bảng kết quả.
        </p>
      </div>
      {warnings.length > 0 ? (
        <div className="alert warning no-print" role="alert">
          <p>
            <strong>Nội dung biên bản khác với số liệu đã nhập:</strong>
          </p>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="form-actions no-print">
        {!isFinal ? (
          <>
            <button
              type="button"
              className="button"
              onClick={() =>
                run(
                  async () => (
                    await saveMinutesBody(db, facts.meeting.id, body === generated ? '' : body),
                    'Đã lưu nội dung biên bản.'
                  )
                )
              }
            >
              Lưu nội dung biên bản
            </button>
            <button type="button" className="button" onClick={() => setBody(generated)}>
              Tạo lại từ số liệu
            </button>
            {confirming === 'finalise' ? (
              <button
                type="button"
                className="button danger"
                onClick={() => (setConfirming(null), void finalise())}
              >
                Vẫn hoàn tất
              </button>
            ) : (
              <button
                type="button"
                className="button primary"
                onClick={() => (warnings.length ? setConfirming('finalise') : void finalise())}
              >
                Hoàn tất biên bản và cấp số
              </button>
            )}
          </>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() =>
              run(
                async () => (
                  await amendMinutes(db, facts.meeting.id),
                  'Đã mở bản đính chính: có thể sửa hội nghị và biên bản.'
                )
              )
            }
          >
            Lập bản đính chính
          </button>
        )}
        {confirming === 'export' ? (
          <button
            type="button"
            className="button danger"
            onClick={() => (setConfirming(null), void exportMinutes())}
          >
            Vẫn xuất Word
          </button>
        ) : (
          <button
            type="button"
            className={isFinal ? 'button primary' : 'button'}
            onClick={() =>
              warnings.length && !isFinal ? setConfirming('export') : void exportMinutes()
            }
          >
            {isFinal ? 'Xuất Word' : 'Xuất Word (bản nháp)'}
          </button>
        )}
        <button type="button" className="button" onClick={() => window.print()}>
          In
        </button>
      </div>
      <div className="form-actions no-print">
        {secretVotes.map((vote) => (
          <button
            key={vote.id}
            type="button"
            className="button small"
            onClick={() =>
              run(async () => {
                const { symbol, result } = await exportNumbered(db, {
                  cluster,
                  year: facts.year.year,
                  typeCode: 'BB',
                  label: 'Biên bản kiểm phiếu',
                  title: vote.subject,
                  issuedOn: facts.meeting.date,
                  sourceTable: 'votes',
                  sourceId: vote.id,
                  build: (n) => buildTallyDocument(facts, vote, n, profile)
                })
                return exportMessage(symbol, result)
              })
            }
          >
            Xuất biên bản kiểm phiếu: {vote.subject}
          </button>
        ))}
        <button
          type="button"
          className="button small"
          onClick={() =>
            run(async () => {
              const today = todayIso()
              const { symbol, result } = await exportNumbered(db, {
                cluster,
                year: facts.year.year,
                typeCode: 'GM',
                label: 'Giấy mời',
                title: facts.meeting.title,
                issuedOn: today,
                sourceTable: 'meeting-invitations',
                sourceId: facts.meeting.id,
                build: (n) => buildInvitationDocument(facts, today, n, profile)
              })
              return exportMessage(symbol, result)
            })
          }
        >
          Xuất giấy mời
        </button>
      </div>
      <p role="status" className="save-status no-print">
        {message}
      </p>
      <h3 className="no-print">Xem trước bản in</h3>
      <DocumentPreview model={model} />
    </section>
  )
}
