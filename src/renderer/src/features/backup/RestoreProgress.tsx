import type { RestoreProgress as Progress } from '../../db/backup'
import { percentWords, stageWords } from './restore-words'

/**
 * The progress of a check or a write, with its cancel button. The bar is a native `<progress>`
 * that screen readers announce; the text says which step is running.
 */
export function RestoreProgress({
  title,
  progress,
  onCancel,
  cancelLabel
}: {
  title: string
  progress: Progress
  onCancel(): void
  cancelLabel: string
}) {
  const percent = percentWords(progress.fraction)
  return (
    <div className="restore-progress" role="group" aria-label={title}>
      <p>
        <strong>{title}</strong> — {stageWords(progress.stage)}… {percent}
      </p>
      <progress
        max={100}
        value={Math.round(progress.fraction * 100)}
        aria-label={`${title}: ${percent}`}
      />
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  )
}
