import { useState, type ReactNode, type SelectHTMLAttributes } from 'react'
import { flushSync } from 'react-dom'
import { VIRTUAL_FROM } from './virtual-from'

export interface Choice {
  value: string
  label: string
}

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'children'> {
  value: string
  /** The choices, in order; with hundreds (a cluster's units), see below. */
  choices: readonly Choice[]
  /** The options before the choices, always there (`(không ghi)`). */
  children?: ReactNode
}

/**
 * A `<select>` among many choices. The browser styles every option and measures every label to
 * size the box, even closed: two pickers of 300 units were most of the time to open a meeting
 * (issue 13). From `VIRTUAL_FROM` choices it holds only the one chosen until it is used: the rest
 * are put in as the pointer presses it or the cursor enters it, before the list opens (in the same
 * event, hence `flushSync`), so keyboard, mouse and screen readers find every choice.
 */
export function LongSelect({ value, choices, children, onFocus, onPointerDown, ...rest }: Props) {
  const [used, setUsed] = useState(false)
  const all = used || choices.length < VIRTUAL_FROM
  const use = () => {
    if (!all) flushSync(() => setUsed(true))
  }
  const shown = all ? choices : choices.filter((c) => c.value === value)
  return (
    <select
      {...rest}
      value={value}
      onFocus={(event) => {
        use()
        onFocus?.(event)
      }}
      onPointerDown={(event) => {
        use()
        onPointerDown?.(event)
      }}
    >
      {children}
      {shown.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  )
}
