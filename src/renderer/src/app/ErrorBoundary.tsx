import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  error: Error | null
}

/**
 * Catches a screen that fails to render and shows what to do instead of a blank window. Saved
 * data is not affected by a rendering error, and the message says so.
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
          dụng (Ctrl+R).
        </p>
        <pre className="error-detail">{this.state.error.message}</pre>
        <button
          type="button"
          className="button primary"
          onClick={() => this.setState({ error: null })}
        >
          Thử lại
        </button>
      </div>
    )
  }
}
