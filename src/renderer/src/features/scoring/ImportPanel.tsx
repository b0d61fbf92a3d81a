import { useId, useMemo, useState } from 'react'
import { issuesFrom } from '@core/model/validation'
import type { ImportResult } from '@core/scoring/xlsx/import'
import { useDatabase } from '../../db/DatabaseContext'
import { mergeImportedScores } from '../../db/repositories/scoring-import-repo'
import { ImportFileCard } from './ImportFileCard'
import { confirmedImports, defaultTicks, importSummary, importViews } from './import-model'
import { readReturnedSheets } from './scoring-exchange'
import type { PanelProps } from './ScoringYear'

/**
 * "Nhập phiếu chấm": returned workbooks, many at once, dropped on the panel or chosen. Each file
 * is shown: refused with what is wrong (file and cell named), or its differences against what is
 * recorded, ticked by criterion; only what the secretary ticks is merged, in one transaction.
 */
export function ImportPanel({ data, onUnit }: PanelProps) {
  const db = useDatabase()
  const inputId = useId()
  const [results, setResults] = useState<ImportResult[]>([])
  const [ticks, setTicks] = useState<Record<string, string[]>>({})
  const [over, setOver] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const { record, plan, rules } = data
  const views = useMemo(
    () => importViews(results, record, plan, rules.decimals),
    [results, record, plan, rules.decimals]
  )
  const chosen = confirmedImports(views, results, ticks)

  async function read(files: File[]) {
    const sheets = files.filter((f) => f.name)
    if (sheets.length === 0) return
    setBusy(true)
    setMessage(`Đang đọc ${sheets.length} tệp…`)
    try {
      const read = await readReturnedSheets(data, sheets)
      const next = importViews(read, record, plan, rules.decimals)
      setResults(read)
      setTicks(defaultTicks(next))
      setMessage(`Đã đọc ${read.length} tệp: ${importSummary(next)}.`)
    } catch (error) {
      setMessage(`Không đọc được các tệp: ${String((error as Error)?.message ?? error)}`)
    } finally {
      setBusy(false)
    }
  }

  async function merge() {
    setBusy(true)
    try {
      const count = await mergeImportedScores(db, record.year.id, chosen)
      setMessage(
        `Đã nhập ${count} phiếu chấm (${chosen.map((c) => data.unitName(c.unitId)).join(', ')}); nhật ký thay đổi ghi lại từng tệp.`
      )
      setResults((rs) => rs.filter((r) => !chosen.some((c) => c.fileName === r.fileName)))
    } catch (error) {
      setMessage(
        issuesFrom(error)
          .map((i) => i.message)
          .join(' ')
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">Nhập phiếu chấm các đơn vị gửi lại</h2>
      <div
        className={`drop-zone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault()
          setOver(false)
          void read(Array.from(e.dataTransfer.files))
        }}
      >
        <p>Kéo thả các tệp phiếu chấm (.xlsx) vào đây, hoặc</p>
        <label htmlFor={inputId} className="button">
          Chọn tệp phiếu chấm…
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          disabled={busy}
          onChange={(e) => {
            void read(Array.from(e.target.files ?? []))
            e.target.value = ''
          }}
        />
      </div>
      <p role="status" className="save-status">
        {message}
      </p>
      {views.map((view) => (
        <ImportFileCard
          key={view.fileName}
          view={view}
          ticked={ticks[view.fileName] ?? []}
          onTicks={(ids) => setTicks((t) => ({ ...t, [view.fileName]: ids }))}
          onOpenSheet={(unitId) => onUnit(unitId, 'phieu')}
        />
      ))}
      {views.some((v) => v.status === 'ready') ? (
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            disabled={busy || chosen.length === 0}
            onClick={() => void merge()}
          >
            Nhập các mục đã chọn ({chosen.length} tệp)
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setResults([])
              setMessage('')
            }}
          >
            Bỏ qua các tệp này
          </button>
        </div>
      ) : null}
    </section>
  )
}
