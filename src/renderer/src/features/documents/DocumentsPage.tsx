import { useState } from 'react'
import { Link } from 'react-router'
import { COMPOSITION_TYPES } from '@core/documents/kinds/composition'
import { documentSymbol } from '@core/documents/kinds/common'
import { useDocumentsScreen } from '../../db/queries/documents-screen'
import { RegisterPanel } from './RegisterPanel'
import { registerRequestOf, type RegisterChoice } from './register-view'

/**
 * Văn bản: the documents the secretary writes (Thông báo, Kế hoạch) and the register of every
 * number issued — filtered, voided with a reason, printed as the sổ đăng ký and exported.
 */
export function DocumentsPage() {
  const [choice, setChoice] = useState<RegisterChoice>({
    year: null,
    typeCode: '',
    withVoided: true
  })
  const screen = useDocumentsScreen(registerRequestOf(choice))

  if (screen === undefined) return <p role="status">Đang tải dữ liệu…</p>
  const { cluster, written, register } = screen
  const { compositions, numbered } = written
  if (cluster === null) return <p>Chưa có cụm thi đua. Hãy tạo cụm ở màn hình Tổng quan.</p>

  return (
    <section aria-labelledby="page-title">
      <header className="page-header no-print">
        <h1 id="page-title">Văn bản</h1>
        <div className="actions">
          <Link className="button primary" to="/van-ban/moi/notice">
            Soạn thông báo
          </Link>
          <Link className="button" to="/van-ban/moi/plan">
            Soạn kế hoạch
          </Link>
        </div>
      </header>

      <section className="panel no-print" aria-labelledby="drafts-title">
        <h2 id="drafts-title">Văn bản đã soạn ({compositions.length})</h2>
        {compositions.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Loại</th>
                <th scope="col">Trích yếu</th>
                <th scope="col">Năm</th>
                <th scope="col">Số</th>
              </tr>
            </thead>
            <tbody>
              {compositions.map((c) => {
                const record = numbered.get(c.documentId)
                return (
                  <tr key={c.id}>
                    <td>{COMPOSITION_TYPES[c.kind].label}</td>
                    <td>
                      <Link to={`/van-ban/${c.id}`}>{c.summary}</Link>
                    </td>
                    <td>{c.year}</td>
                    <td>
                      {record
                        ? documentSymbol(record.number, record.typeCode, cluster.symbol)
                        : 'Chưa cấp số'}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        ) : (
          <p>Chưa có văn bản nào. Bấm “Soạn thông báo” hoặc “Soạn kế hoạch” để bắt đầu.</p>
        )}
      </section>

      <RegisterPanel
        cluster={cluster}
        register={register}
        choice={choice}
        onChoice={(patch) => setChoice((c) => ({ ...c, ...patch }))}
      />
    </section>
  )
}
