import { describe, expect, it } from 'vitest'
import { useState } from 'react'
import { fireEvent, render, screen } from '@testing-library/react'
import { DateField } from '../../../src/renderer/src/components/DateField'
import { focusFirstError } from '../../../src/renderer/src/components/focus-first-error'

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial)
  return (
    <>
      <DateField label="Ngày họp" name="date" value={value} onChange={setValue} />
      <output data-testid="stored">{value}</output>
    </>
  )
}

describe('DateField', () => {
  it('shows a stored date as dd/mm/yyyy and stores what is typed as yyyy-mm-dd', () => {
    render(<Harness initial="2024-11-01" />)
    const input = screen.getByLabelText('Ngày họp') as HTMLInputElement
    expect(input.value).toBe('01/11/2024')
    fireEvent.change(input, { target: { value: '6/2/2020' } })
    expect(screen.getByTestId('stored').textContent).toBe('2020-02-06')
    fireEvent.blur(input)
    expect(input.value).toBe('06/02/2020')
  })

  it('says beside the field that 31/02/2020 does not exist, and keeps the text for the save to refuse', () => {
    render(<Harness />)
    const input = screen.getByLabelText('Ngày họp')
    fireEvent.change(input, { target: { value: '31/02/2020' } })
    expect(screen.getByRole('alert').textContent).toBe('Ngày họp: ngày 31/02/2020 không có thật.')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByTestId('stored').textContent).toBe('31/02/2020')
  })

  it('empties to no date', () => {
    render(<Harness initial="2024-11-01" />)
    fireEvent.change(screen.getByLabelText('Ngày họp'), { target: { value: '' } })
    expect(screen.getByTestId('stored').textContent).toBe('')
  })
})

describe('focusFirstError', () => {
  it('focuses the first invalid field in page order', async () => {
    render(
      <form>
        <input aria-label="Tên" />
        <input aria-label="Ngày" aria-invalid="true" />
        <input aria-label="Giờ" aria-invalid="true" />
      </form>
    )
    expect(await focusFirstError(document)).toBe(true)
    expect(document.activeElement).toBe(screen.getByLabelText('Ngày'))
  })
})
