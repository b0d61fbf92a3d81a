import { useState } from 'react'
import { Link } from 'react-router'
import { useDocumentsScreen } from '../../db/queries/documents-screen'
import { RegisterPanel } from './RegisterPanel'
import { WrittenPanel } from './WrittenPanel'
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

      <WrittenPanel cluster={cluster} compositions={compositions} numbered={numbered} />

      <RegisterPanel
        cluster={cluster}
        register={register}
        choice={choice}
        onChoice={(patch) => setChoice((c) => ({ ...c, ...patch }))}
      />
    </section>
  )
}
