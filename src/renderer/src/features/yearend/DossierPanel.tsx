import { useMemo, useState } from 'react'
import { messageFrom } from '@core/model/validation'
import { nowIso } from '@core/model/ids'
import { formatTimestampVi, todayIso } from '@core/text/dates'
import { DateField } from '../../components/DateField'
import { Field } from '../../components/Field'
import { useDatabase } from '../../db/DatabaseContext'
import { useFormatProfile } from '../../db/hooks'
import { saveDossier } from '../../db/repositories/awards-repo'
import { getDesktopApi } from '../../lib/desktop-api'
import { ClusterReportFields } from './ClusterReportFields'
import { DocumentActions } from '../../documents/DocumentActions'
import { useClusterReport } from './useClusterReport'
import { dossierFolderFiles, dossierPlan } from './dossier-model'
import { useClusterSigner } from '../../documents/useClusterSigner'
import { useIsDesktop } from '../../lib/useIsDesktop'
import type { YearEndPanelProps } from './YearEndYear'

/**
 * "Hồ sơ": what the dossier sent upward holds and still lacks, each document to read or export,
 * and "Xuất hồ sơ" — every document as .docx and (desktop app) as PDF, plus the checklist, written
 * as one folder in one step by the desktop (nothing half written if it fails). The browser build
 * cannot print a PDF file by itself, so it writes the .docx only, and says so.
 */
export function DossierPanel({ data }: YearEndPanelProps) {
  const db = useDatabase()
  const { record } = data
  const { cluster, year } = record.scoring
  const profile = useFormatProfile(cluster.id)
  // The documents are dated the day of the meeting that voted, unless the dossier has its own date.
  const meetingDate = record.meetings.find((m) => m.id === record.ballots[0]?.meetingId)?.date
  const [issuedOn, setIssuedOn] = useState(record.dossier?.submittedOn || meetingDate || todayIso())
  const [signerName, setSignerName] = useClusterSigner(year)
  const [recipient, setRecipient] = useState(record.dossier?.recipientBody || cluster.higherBody)
  const report = useClusterReport(year.id, record.dossier, recipient)
  const [shown, setShown] = useState('submission')
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const isDesktop = useIsDesktop()
  const plan = useMemo(
    () =>
      profile
        ? dossierPlan(data, profile, {
            issuedOn,
            signerName,
            report: report.form,
            pdf: isDesktop === true
          })
        : null,
    [data, profile, issuedOn, signerName, report.form, isDesktop]
  )
  if (!plan)
    return (
      <div className="panel">
        <p>
          Chưa có kết quả bình xét gắn với hội nghị (mục «Kiểm phiếu»), nên chưa lập được hồ sơ.
        </p>
      </div>
    )
  const exportFolder = async () => {
    setBusy(true)
    setStatus('')
    try {
      // What goes into the folder is what is stored: the report's typed texts are saved first.
      if (report.dirty && !(await report.save())) {
        setStatus(
          'Chưa xuất hồ sơ: nội dung báo cáo tổng kết chưa lưu được (xem thông báo ở trên).'
        )
        return
      }
      const [{ packDocx }, { printableHtml }] = await Promise.all([
        import('@core/documents/pack'),
        import('@core/documents/render-html')
      ])
      const files = await dossierFolderFiles(plan, packDocx, printableHtml)
      const result = await getDesktopApi().file.saveFolder({
        folderName: plan.manifest.folderName,
        kind: 'docx',
        files
      })
      if (!result.ok) {
        setStatus(result.error.code === 'canceled' ? 'Chưa xuất hồ sơ.' : result.error.message)
        return
      }
      const saved = await saveDossier(db, year.id, {
        recipientBody: recipient,
        submittedOn: issuedOn,
        channel: record.dossier?.channel ?? 'both',
        note: record.dossier?.note ?? '',
        exportedAt: nowIso()
      })
      // The dossier row moved on by this export, not by another window.
      report.guard.accept({ updatedAt: saved.updatedAt })
      setStatus(
        result.value.method === 'dialog'
          ? `Đã xuất ${result.value.count} tệp vào thư mục: ${result.value.path}`
          : `Đã xuất ${result.value.count} tệp trong tệp nén “${result.value.path}” (thư mục Tải xuống).`
      )
    } catch (error) {
      setStatus(messageFrom(error))
    } finally {
      setBusy(false)
    }
  }
  const current = plan.documents.find((d) => d.key === shown) ?? plan.documents[0]!
  const gaps = plan.checklist.filter((i) => !i.present)
  return (
    <>
      <section className="panel no-print" aria-labelledby="dossier-title">
        <h2 id="dossier-title">Hồ sơ đề nghị khen thưởng năm {year.year}</h2>
        <div className="rules-grid">
          <Field
            name="dossier-recipient"
            label="Nơi nhận hồ sơ"
            value={recipient}
            onChange={setRecipient}
          />
          <DateField
            name="dossier-date"
            label="Ngày của tờ trình, thông báo, báo cáo"
            value={issuedOn}
            onChange={setIssuedOn}
          />
          <Field
            name="dossier-signer"
            label="Người ký (cụm trưởng)"
            value={signerName}
            onChange={setSignerName}
          />
        </div>
        <ClusterReportFields report={report} dossier={record.dossier} nextYear={year.year + 1} />
        <h3>Danh mục hồ sơ</h3>
        <ol>
          {plan.checklist.map((item) => (
            <li
              key={`${item.kind}-${item.proposalId}`}
              className={item.present ? '' : 'warning-text'}
            >
              {item.label}
              {item.subject ? ` (${item.subject})` : ''}: {item.present ? 'có' : item.problem}
            </li>
          ))}
        </ol>
        <p role="note">
          {gaps.length
            ? `Hồ sơ còn thiếu ${gaps.length} tài liệu; vẫn xuất được để xem, danh mục ghi rõ phần còn thiếu.`
            : 'Hồ sơ đã đủ các tài liệu theo danh mục.'}
        </p>
        <p className="muted" id="dossier-formats">
          {isDesktop === false
            ? 'Bản chạy trên trình duyệt chỉ xuất được tệp Word (.docx), gói trong một tệp nén; trình duyệt không tự tạo được tệp PDF. Muốn có PDF, hãy xuất từ ứng dụng trên máy tính hoặc mở từng tệp trong Word rồi lưu thành PDF.'
            : 'Thư mục hồ sơ gồm danh mục và mỗi văn bản ở hai dạng: tệp Word (.docx) và tệp PDF.'}
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            aria-describedby="dossier-formats"
            disabled={busy || isDesktop === null}
            onClick={() => void exportFolder()}
          >
            Xuất hồ sơ
          </button>
          <span role="status">{status}</span>
        </div>
        {record.dossier?.exportedAt ? (
          <p className="muted">
            Lần xuất gần nhất: {formatTimestampVi(record.dossier.exportedAt)}.
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="dossier-doc">Xem văn bản</label>
          <select id="dossier-doc" value={current.key} onChange={(e) => setShown(e.target.value)}>
            {plan.documents
              .filter((d) => !d.partOf)
              .map((d) => (
                <option key={d.key} value={d.key}>
                  {d.title}
                </option>
              ))}
          </select>
        </div>
      </section>
      <DocumentActions model={current.model} label="Văn bản" title={current.title} />
    </>
  )
}
