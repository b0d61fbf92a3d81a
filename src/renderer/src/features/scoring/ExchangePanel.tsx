import { useState } from 'react'
import { formatDateVi } from '@core/text/dates'
import { UnitOptions } from '../../components/Options'
import { ImportPanel } from './ImportPanel'
import { exportScoreSheets } from './scoring-exchange'
import type { PanelProps } from './ScoringYear'

/**
 * "Trao đổi Excel": score sheets out to the member units (one .xlsx per unit, or all of them in a
 * folder), and the returned ones back in.
 */
export function ExchangePanel(props: PanelProps) {
  const { data } = props
  const { record, rules, rulesSaved } = data
  const members = record.year.memberUnitIds
  const [target, setTarget] = useState('all')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  async function exportNow() {
    setBusy(true)
    setMessage('Đang tạo phiếu chấm…')
    try {
      setMessage(await exportScoreSheets(data, target === 'all' ? members : [target]))
    } catch (error) {
      setMessage(`Không xuất được phiếu chấm: ${String((error as Error)?.message ?? error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">Xuất phiếu chấm gửi các đơn vị</h2>
        <p className="muted">
          Mỗi đơn vị nhận một tệp Excel có tên đơn vị, năm, các tiêu chí và điểm chuẩn; đơn vị chỉ
          nhập vào các ô màu vàng (điểm đúng bước chấm, không quá điểm chuẩn), phần còn lại được
          khóa. Tệp gửi lại được nhận ra đúng cụm, năm, đơn vị và bộ tiêu chí.
          {rules.selfScoreDeadline
            ? ` Hạn gửi lại ghi trên phiếu: ${formatDateVi(rules.selfScoreDeadline)}.`
            : ''}
        </p>
        {!rulesSaved ? (
          <p className="alert warning" role="note">
            Hãy lưu quy định chấm điểm (mục «Quy định») trước: phiếu ghi bước chấm và điểm tối đa
            theo quy định đó.
          </p>
        ) : null}
        <div className="form-actions">
          <label htmlFor="export-unit">Xuất cho</label>
          <select id="export-unit" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="all">Tất cả {members.length} đơn vị (vào một thư mục)</option>
            <UnitOptions ids={members} nameOf={data.unitName} />
          </select>
          <button
            type="button"
            className="button primary"
            disabled={busy || !rulesSaved}
            onClick={() => void exportNow()}
          >
            Xuất phiếu chấm
          </button>
        </div>
        <p role="status" className="save-status">
          {message}
        </p>
      </section>
      <ImportPanel {...props} />
    </>
  )
}
