import { useMemo, useState, type KeyboardEvent } from 'react'
import {
  flattenCommitments,
  indentCommitment,
  moveBefore,
  moveCommitment,
  outdentCommitment,
  removeCommitment
} from '@core/rules/pact'
import { newId } from '@core/model/ids'
import './pact.css'

export type CommitmentRow = { id: string; parentId: string; order: number; text: string }

interface Props {
  rows: CommitmentRow[]
  disabled: boolean
  onChange(rows: CommitmentRow[]): void
  /** The messages about a commitment, by the repository's path (`commitments.3`). */
  errorOf(field: string): string
}

/**
 * The numbered commitments as an outline: type the text, add sub-items, move with the buttons
 * (or Alt+↑/↓, Alt+→ to indent, Alt+← to outdent while in the text), or drag a row onto another.
 */
export function CommitmentTree({ rows, disabled, onChange, errorOf }: Props) {
  const [dragging, setDragging] = useState<string | null>(null)
  const nodes = useMemo(() => flattenCommitments(rows), [rows])
  // The repository names a commitment by its place in the list it is given (`commitments.3`),
  // which is the order shown here (`commitmentsInListOrder`).
  const places = useMemo(() => new Map(nodes.map((node, i) => [node.id, i])), [nodes])
  const setText = (id: string, text: string) =>
    onChange(rows.map((r) => (r.id === id ? { ...r, text } : r)))
  const addChild = (parentId: string) => {
    const order = rows.filter((r) => r.parentId === parentId).length
    onChange([...rows, { id: newId(), parentId, order, text: '' }])
  }
  const keys = (id: string) => (event: KeyboardEvent) => {
    if (!event.altKey) return
    const action = {
      ArrowUp: () => moveCommitment(rows, id, -1),
      ArrowDown: () => moveCommitment(rows, id, 1),
      ArrowRight: () => indentCommitment(rows, id),
      ArrowLeft: () => outdentCommitment(rows, id)
    }[event.key]
    if (action) {
      event.preventDefault()
      onChange(action())
    }
  }
  return (
    <div className="commitments" data-field="commitments">
      {errorOf('commitments') && !rows.some((_, i) => errorOf(`commitments.${i}`)) ? (
        <p className="field-error">{errorOf('commitments')}</p>
      ) : null}
      <ol className="commitment-list" aria-label="Các nội dung giao ước">
        {nodes.map((node, index) => {
          const path = `commitments.${places.get(node.id) ?? -1}`
          const message = errorOf(path)
          return (
            <li
              key={node.id}
              data-field={path}
              className={`commitment depth-${node.depth}${dragging === node.id ? ' dragging' : ''}`}
              draggable={!disabled}
              onDragStart={() => setDragging(node.id)}
              onDragEnd={() => setDragging(null)}
              onDragOver={(e) => dragging && e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault()
                if (dragging) onChange(moveBefore(rows, dragging, node.id))
                setDragging(null)
              }}
            >
              <span className="commitment-label" aria-hidden="true">
                {node.label}
              </span>
              <textarea
                aria-label={`Nội dung ${index + 1} (${node.label})`}
                rows={2}
                value={node.text}
                disabled={disabled}
                onChange={(e) => setText(node.id, e.target.value)}
                onKeyDown={keys(node.id)}
                aria-invalid={message ? true : undefined}
              />
              <div className="commitment-actions">
                <button
                  type="button"
                  className="button small"
                  disabled={disabled}
                  onClick={() => onChange(moveCommitment(rows, node.id, -1))}
                  aria-label={`Đưa nội dung ${index + 1} lên`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button small"
                  disabled={disabled}
                  onClick={() => onChange(moveCommitment(rows, node.id, 1))}
                  aria-label={`Đưa nội dung ${index + 1} xuống`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button small"
                  disabled={disabled}
                  onClick={() => onChange(outdentCommitment(rows, node.id))}
                  aria-label={`Đưa nội dung ${index + 1} ra ngoài một cấp`}
                >
                  ←
                </button>
                <button
                  type="button"
                  className="button small"
                  disabled={disabled}
                  onClick={() => onChange(indentCommitment(rows, node.id))}
                  aria-label={`Lùi nội dung ${index + 1} vào một cấp`}
                >
                  →
                </button>
                <button
                  type="button"
                  className="button small"
                  disabled={disabled || node.depth >= 2}
                  onClick={() => addChild(node.id)}
                  aria-label={`Thêm ý nhỏ dưới nội dung ${index + 1}`}
                >
                  + ý nhỏ
                </button>
                <button
                  type="button"
                  className="button small danger"
                  disabled={disabled}
                  onClick={() => onChange(removeCommitment(rows, node.id))}
                  aria-label={`Xóa nội dung ${index + 1}`}
                >
                  Xóa
                </button>
              </div>
              {message ? <p className="field-error commitment-error">{message}</p> : null}
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        className="button small"
        disabled={disabled}
        onClick={() => addChild('')}
      >
        Thêm nội dung
      </button>
    </div>
  )
}
