import { describe, expect, it } from 'vitest'
import { useState } from 'react'
import { fireEvent, render, screen } from '@testing-library/react'
import { LongSelect } from '../../../src/renderer/src/components/LongSelect'
import { VIRTUAL_FROM } from '../../../src/renderer/src/components/useWindowRows'

const units = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ value: `u${i}`, label: `Đơn vị ${i + 1}` }))

function Picker({ count, initial }: { count: number; initial: string }) {
  const [value, setValue] = useState(initial)
  return (
    <>
      <LongSelect
        aria-label="Đơn vị đăng cai"
        value={value}
        choices={units(count)}
        onChange={(e) => setValue(e.target.value)}
      >
        <option value="">(không ghi)</option>
      </LongSelect>
      <output data-testid="chosen">{value}</output>
    </>
  )
}

const options = () =>
  Array.from(screen.getByLabelText<HTMLSelectElement>('Đơn vị đăng cai').options).map(
    (o) => o.textContent
  )

describe('LongSelect', () => {
  it('offers every choice at once when there are few', () => {
    render(<Picker count={15} initial="u3" />)
    expect(options()).toHaveLength(16)
    expect(screen.getByLabelText<HTMLSelectElement>('Đơn vị đăng cai').value).toBe('u3')
  })

  it('shows the unit chosen among hundreds, and every one as soon as the list is entered', () => {
    render(<Picker count={300} initial="u250" />)
    expect(300).toBeGreaterThanOrEqual(VIRTUAL_FROM)
    const select = screen.getByLabelText<HTMLSelectElement>('Đơn vị đăng cai')
    expect(select.value).toBe('u250')
    expect(select.selectedOptions[0]!.textContent).toBe('Đơn vị 251')
    fireEvent.focus(select)
    expect(options()).toHaveLength(301)
    expect(select.value).toBe('u250')
    fireEvent.change(select, { target: { value: 'u7' } })
    expect(screen.getByTestId('chosen').textContent).toBe('u7')
  })

  it('has every choice before the list a mouse opens is drawn', () => {
    render(<Picker count={300} initial="" />)
    const select = screen.getByLabelText<HTMLSelectElement>('Đơn vị đăng cai')
    fireEvent.pointerDown(select)
    expect(options()).toHaveLength(301)
    expect(options()[0]).toBe('(không ghi)')
  })
})
