import { useState } from 'react'
import type { Cluster, DocumentRecord } from '@core/model/entities'
import type { RegisterView } from '../../db/queries/documents-screen'
import { useWindowRows } from '../../components/useWindowRows'
import { WindowedBody } from '../../components/WindowedBody'
import { RegisterBookPanel } from './RegisterBookPanel'
import {
  dateWords,
  registerFilterOf,
  symbolOf,
  typeChoice,
  typeWords,
  voidWords,
  type RegisterChoice
} from './register-view'
import { VoidNumberForm } from './VoidNumberForm'
import './register.css'

interface Props {
  cluster: Cluster
  /** The register as read for the choice (see `loadRegisterView`). */
  register: RegisterView
  choice: RegisterChoice
  onChoice(patch: Partial<RegisterChoice>): void
}

/**
 * "Sổ văn bản": the numbers the cluster has issued — the newest year's book first, another year or
 * every year when chosen — filtered by type, in the order of the book (each series 01, 02, 03…).
 * A number issued by mistake is voided with its reason and stays in the book struck through; it
 * is never given again. The book prints as the ND30 sổ đăng ký văn bản đi, and exports to Word
 * and to a spreadsheet.
 */
export function RegisterPanel({ cluster, register, choice, onChoice: set }: Props) {
  const [voiding, setVoiding] = useState<string | null>(null)
  const filter = { ...registerFilterOf(choice), year: register.year }
  const entries = register.entries
  const rows = useWindowRows(entries.length)
  return (
    <section className="panel" aria-labelledby="register-title">
      <h2 id="register-title" className="no-print">
        Sổ văn bản ({entries.length})
      </h2>
      <div className="field-row register-filters no-print">
        <div className="field">
          <label htmlFor="register-year">Năm</label>
          <select
            id="register-year"
            value={choice.year ?? String(register.year ?? '')}
            onChange={(e) => set({ year: e.target.value })}
          >
            <option value="">Tất cả các năm</option>
            {register.years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="register-type">Loại văn bản</label>
          <select
            id="register-type"
            value={choice.typeCode}
            onChange={(e) => set({ typeCode: e.target.value })}
          >
            <option value="">Tất cả các loại</option>
            {register.types.map((t) => (
              <option key={t} value={typeChoice(t)}>
                {typeWords(t, cluster)}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={choice.withVoided}
            onChange={(e) => set({ withVoided: e.target.checked })}
          />{' '}
          Hiện cả số đã hủy
        </label>
      </div>
      {entries.length === 0 ? (
        <p className="no-print">
          {register.years.length === 0
            ? 'Chưa cấp số văn bản nào. Số được cấp khi hoàn tất biên bản hoặc xuất văn bản ra Word lần đầu.'
            : 'Không có văn bản nào theo bộ lọc đã chọn.'}
        </p>
      ) : (
        <table className="table register no-print" aria-label="Sổ văn bản">
          <thead>
            <tr>
              <th scope="col">Số và ký hiệu</th>
              <th scope="col">Ngày văn bản</th>
              <th scope="col">Loại và trích yếu</th>
              <th scope="col">Người ký</th>
              <th scope="col">Ghi chú</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <WindowedBody
            rows={rows}
            columns={6}
            rowKey={(index) => entries[index]!.id}
            row={(index) => {
              const entry = entries[index]!
              return (
                <RegisterRow
                  index={index}
                  measure={rows.measure}
                  entry={entry}
                  cluster={cluster}
                  voiding={voiding === entry.id}
                  onVoiding={(on) => setVoiding(on ? entry.id : null)}
                />
              )
            }}
          />
        </table>
      )}
      <RegisterBookPanel
        cluster={cluster}
        filter={filter}
        entries={entries}
        years={register.years}
      />
    </section>
  )
}

interface RowProps {
  /** Its place in the list and the measuring ref of a long, partly drawn list. */
  index: number
  measure(row: Element | null): void
  entry: DocumentRecord
  cluster: Cluster
  voiding: boolean
  onVoiding(on: boolean): void
}

/** One number of the register; a voided one struck through with its reason. */
function RegisterRow({ index, measure, entry, cluster, voiding, onVoiding }: RowProps) {
  const voided = entry.status === 'voided'
  const symbol = symbolOf(entry, cluster)
  return (
    <>
      <tr className={voided ? 'voided' : undefined} data-index={index} ref={measure}>
        <td>{voided ? <del>{symbol}</del> : symbol}</td>
        <td>{dateWords(entry)}</td>
        <td>
          {typeWords(entry.typeCode, cluster)}: {entry.title}
          {entry.fileName ? <div className="file-name muted">{entry.fileName}</div> : null}
        </td>
        <td>{entry.signer}</td>
        <td>{voided ? <strong className="void-note">{voidWords(entry)}</strong> : entry.note}</td>
        <td>
          {!voided && !voiding ? (
            <button
              type="button"
              className="button small"
              onClick={() => onVoiding(true)}
              aria-label={`Hủy số ${symbol}`}
            >
              Hủy số
            </button>
          ) : null}
        </td>
      </tr>
      {voiding ? (
        <tr>
          <td colSpan={6}>
            <VoidNumberForm entry={entry} symbol={symbol} onDone={() => onVoiding(false)} />
          </td>
        </tr>
      ) : null}
    </>
  )
}
