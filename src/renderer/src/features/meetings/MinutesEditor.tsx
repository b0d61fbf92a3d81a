import { useMemo, useState } from 'react'
import {
  buildMinutesDocument,
  findContradictions,
  generateMinutesBody,
  type MeetingFacts
} from '@core/documents/kinds/minutes'
import { documentSymbol } from '@core/documents/kinds/common'
import type { FormatProfile } from '@core/documents/profile'
import type { Cluster, DocumentRecord, Minutes } from '@core/model/entities'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { useDatabase } from '../../db/DatabaseContext'
import { listDocuments } from '../../db/repositories/documents-repo'
import { amendMinutes, finaliseMinutes, saveMinutesBody } from '../../db/repositories/meetings-repo'
import { DocumentPreview } from '../../documents/DocumentPreview'
import { ExportPdfButton } from '../../documents/ExportPdfButton'
import { exportMessage, exportNumbered, exportUnnumbered } from '../../documents/export-docx'
import { printDocument } from '../../documents/print'
import type { useDocumentExport } from '../../documents/useDocumentExport'
import { MeetingDocumentsActions } from './MeetingDocumentsActions'

interface Props {
  cluster: Cluster
  facts: MeetingFacts
  current: Minutes | null
  finalised: Minutes[]
  profile: FormatProfile
  register: DocumentRecord[]
  actions: ReturnType<typeof useDocumentExport>
}

/**
 * The minutes text, generated from the meeting's facts and editable; warnings where the text
 * disagrees with the facts; finalising (which numbers it); export and print.
 */
export function MinutesEditor({
  cluster,
  facts,
  current,
  finalised,
  profile,
  register,
  actions
}: Props) {
  const db = useDatabase()
  const isFinal = facts.meeting.status === 'finalised'
  const generated = useMemo(() => generateMinutesBody(facts), [facts])
  const [savedBody, setSavedBody] = useState(current?.body || generated)
  const [body, setBody] = useState(savedBody)
  useUnsavedChanges(!isFinal && body !== savedBody)
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
  const bodyToSave = body === generated ? '' : body

  const finalise = () =>
    actions.run(async () => {
      await saveMinutesBody(db, facts.meeting.id, bodyToSave)
      setSavedBody(body)
      const row = await finaliseMinutes(db, facts.meeting.id)
      const record = (await listDocuments(db, cluster.id)).find((r) => r.id === row.documentId)
      return `Đã hoàn tất biên bản, số ${documentSymbol(record!.number, 'BB', cluster.symbol)}.`
    })

  const exportMinutes = () =>
    actions.run(async () => {
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
        return { message: exportMessage(symbol, result), saved: result.ok ? result.value : null }
      }
      const result = await exportUnnumbered('Biên bản', facts.meeting.title, model)
      return { message: exportMessage(null, result), saved: result.ok ? result.value : null }
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
                actions.run(async () => {
                  await saveMinutesBody(db, facts.meeting.id, bodyToSave)
                  setSavedBody(body)
                  return 'Đã lưu nội dung biên bản.'
                })
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
              actions.run(
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
        <ExportPdfButton
          build={() => model}
          name={{
            label: 'Biên bản',
            symbol: number ? documentSymbol(number.number, 'BB', cluster.symbol) : null,
            title: facts.meeting.title
          }}
          actions={actions}
        />
        <button type="button" className="button" onClick={printDocument}>
          In
        </button>
      </div>
      <MeetingDocumentsActions
        cluster={cluster}
        facts={facts}
        profile={profile}
        actions={actions}
      />
      <h3 className="no-print">Xem trước bản in</h3>
      <DocumentPreview model={model} />
    </section>
  )
}
