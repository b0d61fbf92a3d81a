import { describe, expect, it, beforeEach } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from '../../../src/renderer/src/app/App'
import { dumpDb, makeTestDb } from '../../helpers/test-db'

beforeEach(() => {
  window.location.hash = '#/'
})

describe('first run', () => {
  it('offers the sample cluster, then shows its six member units and its years', async () => {
    const db = makeTestDb()
    render(<App db={db} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Nạp dữ liệu mẫu' }))
    const units = await screen.findByRole('region', { name: 'Đơn vị thành viên (6)' })
    const rows = within(units).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual([
      'Ủy ban MTTQ Việt Nam quận Đống Đa',
      'Ủy ban MTTQ Việt Nam quận Hoàn Kiếm',
      'Ủy ban MTTQ Việt Nam quận Ba Đình',
      'Ủy ban MTTQ Việt Nam quận Hai Bà Trưng',
      'Ủy ban MTTQ Việt Nam quận Hoàng Mai',
      'Ủy ban MTTQ Việt Nam quận Long Biên'
    ])
    expect(within(rows[0]!).getByText('Đã kết thúc 30/06/2025')).toBeTruthy()
    const years = screen.getByRole('region', { name: 'Năm thi đua (2)' })
    expect(within(years).getByText('Ủy ban MTTQ Việt Nam quận Long Biên')).toBeTruthy()
    expect(screen.getByRole('heading', { level: 1, name: 'Cụm thi đua số 1' })).toBeTruthy()
  })

  it('starts blank: refuses a cluster without a name, then creates it', async () => {
    const db = makeTestDb()
    render(<App db={db} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Bắt đầu với dữ liệu trống' }))
    fireEvent.change(screen.getByLabelText('Địa danh ghi ở dòng ngày tháng *'), {
      target: { value: 'Gia Lai' }
    })
    fireEvent.change(screen.getByLabelText('Ký hiệu văn bản của cụm *'), {
      target: { value: 'ctđ1' }
    })
    fireEvent.click(screen.getByRole('button', { name: 'Tạo cụm' }))
    expect(
      await screen.findByText('Tên cụm: không được để trống.', { selector: '.field-error' })
    ).toBeTruthy()
    expect(screen.getByLabelText('Tên cụm *').getAttribute('aria-invalid')).toBe('true')
    expect(await db.clusters.count()).toBe(0)

    fireEvent.change(screen.getByLabelText('Tên cụm *'), { target: { value: 'Cụm thi đua số 3' } })
    fireEvent.click(screen.getByRole('button', { name: 'Tạo cụm' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Cụm thi đua số 3' })).toBeTruthy()
    expect((await db.clusters.toArray())[0]).toMatchObject({ symbol: 'CTĐ1', placeName: 'Gia Lai' })
  })
})

describe('Cài đặt', () => {
  it('refuses an empty cluster name with a message and keeps what was saved', async () => {
    const db = makeTestDb()
    render(<App db={db} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Nạp dữ liệu mẫu' }))
    await screen.findByRole('region', { name: 'Đơn vị thành viên (6)' })
    fireEvent.click(screen.getByRole('link', { name: 'Cài đặt' }))
    const name = await screen.findByLabelText('Tên cụm *')
    const before = await dumpDb(db)
    fireEvent.change(name, { target: { value: '' } })
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Tên cụm: không được để trống.')
    expect(await dumpDb(db)).toEqual(before)
  })

  it('removes the sample only after confirmation, and the first-run choice comes back', async () => {
    const db = makeTestDb()
    render(<App db={db} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Nạp dữ liệu mẫu' }))
    await screen.findByRole('region', { name: 'Đơn vị thành viên (6)' })
    fireEvent.click(screen.getByRole('link', { name: 'Cài đặt' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa dữ liệu mẫu' }))
    expect(await db.memberUnits.count()).toBe(6)
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận xóa' }))
    await waitFor(async () => expect(await db.memberUnits.count()).toBe(0))
    fireEvent.click(screen.getByRole('link', { name: 'Tổng quan' }))
    expect(await screen.findByRole('button', { name: 'Nạp dữ liệu mẫu' })).toBeTruthy()
  })
})

describe('Chấm điểm', () => {
  it('opens from the navigation and says what it needs first when there is no cluster', async () => {
    render(<App db={makeTestDb()} />)
    fireEvent.click(await screen.findByRole('link', { name: 'Chấm điểm' }))
    expect(
      await screen.findByText('Chưa có cụm thi đua. Hãy tạo cụm ở màn hình Tổng quan.')
    ).toBeTruthy()
  })
})
