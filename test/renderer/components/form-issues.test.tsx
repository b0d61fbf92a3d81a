import { describe, expect, it } from 'vitest'
import { useState } from 'react'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ValidationError } from '@core/model/validation'
import {
  goToField,
  goToLine,
  messagesOf,
  placeOf,
  valueAt
} from '../../../src/renderer/src/components/form-issues'
import { useFormIssues } from '../../../src/renderer/src/components/useFormIssues'
import { FieldShell } from '../../../src/renderer/src/components/FieldShell'
import { IssuesAlert } from '../../../src/renderer/src/components/IssuesAlert'
import { SaveRefusalNote } from '../../../src/renderer/src/components/SaveRefusalNote'

describe('where a message goes', () => {
  it('reaches the deepest place marked for its field, and focuses its first control', () => {
    render(
      <div>
        <fieldset data-field="votes.1">
          <input aria-label="Nội dung" />
          <div data-field="votes.1.ballotsIssued">
            <input aria-label="Phiếu phát ra" />
          </div>
        </fieldset>
      </div>
    )
    expect(placeOf('votes.1.ballotsIssued')?.dataset['field']).toBe('votes.1.ballotsIssued')
    // A part with no input of its own is reached at the vote; votes.10 is not votes.1.
    expect(placeOf('votes.1.rule.thresholdNum')?.dataset['field']).toBe('votes.1')
    expect(placeOf('votes.10.electors')).toBeNull()
    expect(goToField('votes.1.ballotsIssued')).toBe(true)
    expect(document.activeElement).toBe(screen.getByLabelText('Phiếu phát ra'))
    expect(goToField('chair.name')).toBe(false)
  })

  it('selects the line of a text where a placeholder was left', () => {
    render(<textarea aria-label="Biên bản" defaultValue={'Dòng 1\nChủ trì: …\nDòng 3'} />)
    const box = screen.getByLabelText<HTMLTextAreaElement>('Biên bản')
    goToLine(box, 2)
    expect(document.activeElement).toBe(box)
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('Chủ trì: …')
  })

  it('joins the messages of a field and its parts; reads values by the same paths', () => {
    const issues = [
      { field: 'votes.0.electors', message: 'A.' },
      { field: 'votes.0', message: 'B.' },
      { field: 'votes.01', message: 'C.' }
    ]
    expect(messagesOf(issues, 'votes.0')).toBe('A. B.')
    expect(messagesOf(issues, '')).toBe('')
    expect(valueAt({ votes: [{ electors: 5 }] }, 'votes.0.electors')).toBe(5)
    expect(valueAt({ votes: [] }, 'votes.3.electors')).toBeUndefined()
  })
})

/** A form with two fields refused by its "save", as the editors use `useFormIssues`. */
function Form() {
  const [values, setValues] = useState({ title: '', place: '' })
  const refused = useFormIssues(values)
  return (
    <form
      ref={refused.ref}
      onSubmit={(e) => {
        e.preventDefault()
        void refused.refuse(
          new ValidationError([
            { field: 'place', message: 'Địa điểm: chưa ghi.' },
            { field: 'title', message: 'Tên hội nghị: không được để trống.' },
            { field: '', message: 'Biên bản đã hoàn tất.' }
          ])
        )
      }}
    >
      <IssuesAlert issues={refused.issues} />
      {(['title', 'place'] as const).map((key) => (
        <FieldShell key={key} label={key} field={key} error={refused.errorOf(key)}>
          {(control) => (
            <input
              {...control}
              value={values[key]}
              onChange={(e) => setValues({ ...values, [key]: e.target.value })}
            />
          )}
        </FieldShell>
      ))}
      <button type="submit">Lưu</button>
      <SaveRefusalNote refused={refused} />
    </form>
  )
}

describe('a refused save', () => {
  it('puts the cursor on the first wrong field in page order, each message beside its field', async () => {
    render(<Form />)
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('title')))
    const title = screen.getByLabelText('title')
    expect(title.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(title.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Tên hội nghị: không được để trống.'
    )
    // The message with no field is said beside the button too, not only at the top.
    await screen.findByText('Biên bản đã hoàn tất.', { selector: '.refusal-note li' })
    expect(screen.getByRole('status').textContent).toContain('Có 2 chỗ cần sửa')
  })

  it('stops marking a field as soon as it is changed; the others stay marked', async () => {
    render(<Form />)
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }))
    await waitFor(() =>
      expect(screen.getByLabelText('title').getAttribute('aria-invalid')).toBe('true')
    )
    fireEvent.change(screen.getByLabelText('title'), { target: { value: 'Hội nghị' } })
    expect(screen.getByLabelText('title').getAttribute('aria-invalid')).toBeNull()
    expect(screen.getByLabelText('place').getAttribute('aria-invalid')).toBe('true')
    // The summary's link takes the secretary to the field still wrong.
    fireEvent.click(screen.getByRole('button', { name: 'Địa điểm: chưa ghi.' }))
    expect(document.activeElement).toBe(screen.getByLabelText('place'))
  })
})
