import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { buildRotationPlanDocument } from '@core/documents/kinds/rotation-plan'
import type { NamedPlanRow } from '@core/documents/kinds/rotation-plan'
import type { FormatProfile } from '@core/documents/profile'
import type { Cluster, MemberUnit } from '@core/model/entities'
import { DocumentPreview } from '../../documents/DocumentPreview'
import { exportMessage, exportNamed } from '../../documents/export-docx'
import { printDocument } from '../../documents/print'
import { SavedFileActions } from '../../documents/SavedFileActions'
import { useDocumentExport } from '../../documents/useDocumentExport'

interface Props {
  cluster: Cluster
  units: MemberUnit[]
  /** The next five years' plan, read with the screen. */
  rows: NamedPlanRow[]
  profile: FormatProfile | null
}

/**
 * "Dự kiến luân phiên 5 năm tới": who leads and deputises each coming year by the rotation order
 * of Cài đặt among the units taking part that year (years already recorded as recorded), with its
 * print preview, "Xuất Word" and "In".
 */
export function RotationPlanPanel({ cluster, units, rows, profile }: Props) {
  const [open, setOpen] = useState(false)
  const exporting = useDocumentExport()
  const orderNames = useMemo(() => {
    const byId = new Map(units.map((u) => [u.id, u.name]))
    return (cluster.rotationOrder ?? []).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
  }, [cluster.rotationOrder, units])
  const model = useMemo(
    () =>
      rows.length && profile ? buildRotationPlanDocument(cluster, rows, orderNames, profile) : null,
    [cluster, rows, orderNames, profile]
  )
  const span = rows.length ? `${rows[0]!.year} - ${rows.at(-1)!.year}` : ''
  return (
    <section className="panel" aria-labelledby="rotation-plan-title">
      <h2 id="rotation-plan-title" className="no-print">
        Dự kiến luân phiên Cụm trưởng, Cụm phó {span}
      </h2>
      <p className="muted no-print">
        Theo thứ tự luân phiên ở Cài đặt, trong các đơn vị còn tham gia từng năm. Năm đã tạo giữ cụm
        trưởng, cụm phó đã chọn; các năm sau là dự kiến, do hội nghị tổng kết bầu.
      </p>
      <table className="table no-print" aria-label="Dự kiến luân phiên">
        <thead>
          <tr>
            <th scope="col">Năm</th>
            <th scope="col">Cụm trưởng</th>
            <th scope="col">Cụm phó</th>
            <th scope="col">Ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <td>{row.year}</td>
              <td>{row.leaderName || '—'}</td>
              <td>{row.deputyName || '—'}</td>
              <td>
                {row.recorded
                  ? 'Đã bầu'
                  : row.memberUnitIds.length === 0
                    ? 'Chưa có đơn vị tham gia'
                    : 'Dự kiến'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.some((row) => !row.recorded && row.memberUnitIds.length === 0) ? (
        <p className="muted no-print">
          Năm “chưa có đơn vị tham gia”: mọi đơn vị hiện có đều đã thôi tham gia trước năm đó. Khi
          có đơn vị mới (ví dụ sau sáp nhập), hãy thêm ở mục{' '}
          <Link to="/don-vi">Đơn vị thành viên</Link> và xếp vào thứ tự luân phiên ở Cài đặt; dự
          kiến tự cập nhật theo.
        </p>
      ) : null}
      <div className="form-actions no-print">
        <button
          type="button"
          className="button"
          disabled={!model}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
        >
          {open ? 'Đóng bản in' : 'Xem bản in'}
        </button>
        <button
          type="button"
          className="button"
          disabled={!model || exporting.busy}
          onClick={() =>
            exporting.run(async () => {
              const result = await exportNamed(model!.title, model!)
              return {
                message: exportMessage(null, result, 'dự kiến luân phiên'),
                saved: result.ok ? result.value : null
              }
            })
          }
        >
          Xuất Word
        </button>
        {open ? (
          <button type="button" className="button" onClick={printDocument}>
            In
          </button>
        ) : null}
        <SavedFileActions saved={exporting.saved} />
      </div>
      <p role="status" className="save-status no-print">
        {exporting.message}
      </p>
      {open && model ? <DocumentPreview model={model} /> : null}
    </section>
  )
}
