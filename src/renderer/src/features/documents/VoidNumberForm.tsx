import { useState, type FormEvent } from 'react'
import type { DocumentRecord } from '@core/model/entities'
import { FieldShell } from '../../components/FieldShell'
import { useFormIssues } from '../../components/useFormIssues'
import { useDatabase } from '../../db/DatabaseContext'
import { voidDocumentNumber } from '../../db/repositories/documents-repo'

interface Props {
  entry: DocumentRecord
  symbol: string
  onDone(): void
}

/**
 * Voiding a number issued by mistake: the reason is required and kept in the register beside the
 * struck number, which is never given again; the document takes a new number when next exported.
 */
export function VoidNumberForm({ entry, symbol, onDone }: Props) {
  const db = useDatabase()
  const [reason, setReason] = useState('')
  const values = { voidReason: reason }
  const refused = useFormIssues(values)
  const error = [
    refused.errorOf('voidReason'),
    ...refused.issues.filter((i) => !i.field).map((i) => i.message)
  ]
    .filter(Boolean)
    .join(' ')

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      await voidDocumentNumber(db, entry.id, reason)
      onDone()
    } catch (e) {
      await refused.refuse(e)
    }
  }

  return (
    <form
      ref={refused.ref}
      className="void-form"
      onSubmit={submit}
      noValidate
      aria-label={`Hủy số ${symbol}`}
    >
      <p>
        Hủy số <strong>{symbol}</strong>: số này sẽ bị gạch trong sổ kèm lý do và không bao giờ được
        cấp lại; văn bản “{entry.title}” sẽ nhận số mới khi xuất lại.
      </p>
      <FieldShell label="Lý do hủy số (bắt buộc)" field="voidReason" error={error}>
        {(control) => (
          <input
            {...control}
            value={reason}
            autoFocus
            placeholder="Cấp nhầm cho văn bản chưa ban hành"
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </FieldShell>
      <div className="form-actions">
        <button type="submit" className="button danger">
          Xác nhận hủy số {symbol}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Thôi, không hủy
        </button>
      </div>
    </form>
  )
}
