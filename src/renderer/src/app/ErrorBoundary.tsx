import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Link, useNavigate, useRouteError } from 'react-router'

interface State {
  error: Error | null
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error ?? '')

/**
 * What a secretary sees instead of a screen that failed: saved data is not affected by a
 * rendering error, and the message says so; whatever went wrong, the way to Sao lưu (restore,
 * undo a restore) is offered.
 */
function ErrorScreen({
  detail,
  retry,
  backupLink
}: {
  detail: string
  retry: () => void
  backupLink: ReactNode
}) {
  return (
    <div role="alert" className="error-screen">
      <h1>Màn hình này gặp lỗi</h1>
      <p>
        Dữ liệu đã lưu không bị ảnh hưởng. Hãy bấm “Thử lại”; nếu lỗi lặp lại, hãy tải lại ứng dụng
        (Ctrl+R). Nếu dữ liệu có vấn đề, mục Sao lưu luôn mở được: ở đó có thể khôi phục một bản sao
        lưu hoặc hoàn tác lần khôi phục vừa rồi.
      </p>
      <pre className="error-detail">{detail}</pre>
      <div className="actions">
        <button type="button" className="button primary" onClick={retry}>
          Thử lại
        </button>
        {backupLink}
      </div>
    </div>
  )
}

/**
 * A screen that fails inside the router: shown in place of that screen, the navigation stays
 * (the data router catches a screen's error itself, before any boundary above it).
 */
export function ScreenError() {
  const error = useRouteError()
  const navigate = useNavigate()
  console.error('Lỗi hiển thị màn hình', error)
  return (
    <ErrorScreen
      detail={messageOf(error)}
      retry={() => navigate(0)}
      backupLink={
        <Link className="button" to="/sao-luu">
          Mở Sao lưu
        </Link>
      }
    />
  )
}

/**
 * Catches what fails outside the router (the frame itself) and shows what to do instead of a
 * blank window.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Lỗi hiển thị màn hình', error, info.componentStack)
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children
    return (
      <ErrorScreen
        detail={this.state.error.message}
        retry={() => this.setState({ error: null })}
        backupLink={
          <a
            className="button"
            href="#/sao-luu"
            onClick={() => {
              window.location.hash = '#/sao-luu'
              this.setState({ error: null })
            }}
          >
            Mở Sao lưu
          </a>
        }
      />
    )
  }
}
