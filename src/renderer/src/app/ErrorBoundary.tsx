import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  error: Error | null
}

/**
 * Catches a screen that fails to render and shows what to do instead of a blank window. Saved
 * data is not affected by a rendering error, and the message says so. Whatever went wrong, the
 * way to Sao lưu (restore, undo a restore) is always offered. Above the app it also shows the
 * safe-mode notice when the start-up check repaired something.
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
      <div role="alert" className="error-screen">
        <h1>Màn hình này gặp lỗi</h1>
        <p>
          Dữ liệu đã lưu không bị ảnh hưởng. Hãy bấm “Thử lại”; nếu lỗi lặp lại, hãy tải lại ứng
          dụng (Ctrl+R). Nếu dữ liệu có vấn đề, mục Sao lưu luôn mở được: ở đó có thể khôi phục một
          bản sao lưu hoặc hoàn tác lần khôi phục vừa rồi.
        </p>
        <pre className="error-detail">{this.state.error.message}</pre>
        <div className="actions">
          <button
            type="button"
            className="button primary"
            onClick={() => this.setState({ error: null })}
          >
            Thử lại
          </button>
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
        </div>
      </div>
    )
  }
}
