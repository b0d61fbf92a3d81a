import { describe, expect, it } from 'vitest'
import { useState } from 'react'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { DatabaseProvider } from '../../../src/renderer/src/db/DatabaseContext'
import { loadDraft, saveDraft } from '../../../src/renderer/src/db/repositories/drafts-repo'
import { packDraft, unpackDraft } from '../../../src/renderer/src/components/drafts/draft-data'
import { useFormDraft } from '../../../src/renderer/src/components/drafts/useFormDraft'
import {
  DraftKeptNote,
  DraftOfferBanner
} from '../../../src/renderer/src/components/drafts/DraftOfferBanner'
import type { OfficeDatabase } from '../../../src/renderer/src/db/database'
import { makeTestDb } from '../../helpers/test-db'

interface Note {
  title: string
  lines: string[]
}
const SAVED: Note = { title: 'Hội nghị', lines: [] }

/** A small form with a draft, as the editors use it; "Lưu" stands for the record's save. */
interface NoteProps {
  onSave?(): Promise<void>
  /** Read-only as it opens (a signed pact), and whether it can still take a draft back. */
  enabled?: boolean
  offerable?: boolean
}

function NoteForm({ db, ...props }: NoteProps & { db: OfficeDatabase }) {
  return (
    <DatabaseProvider db={db}>
      <NoteEditor {...props} />
    </DatabaseProvider>
  )
}

function NoteEditor({ onSave, enabled = true, offerable }: NoteProps) {
  const [saved, setSaved] = useState(SAVED)
  const [value, setValue] = useState(SAVED)
  const draft = useFormDraft({
    form: 'note',
    recordId: 'n1',
    version: 1,
    value,
    saved,
    enabled,
    offerable,
    onRestore: setValue
  })
  return (
    <>
      <DraftOfferBanner draft={draft} what="ghi chú" />
      <label>
        Tiêu đề
        <input
          disabled={draft.offer !== null}
          value={value.title}
          onChange={(e) => setValue({ ...value, title: e.target.value })}
        />
      </label>
      <button
        type="button"
        onClick={async () => {
          draft.hold()
          await onSave?.()
          setSaved(value)
        }}
      >
        Lưu
      </button>
      <button type="button" onClick={draft.forget}>
        Rời đi
      </button>
      <DraftKeptNote draft={draft} unsaved={value !== saved} />
    </>
  )
}

const title = () => screen.getByLabelText<HTMLInputElement>('Tiêu đề')

describe('draft data', () => {
  it('restores only a draft of the same form version and shape', () => {
    expect(unpackDraft(packDraft(1, { title: 'A', lines: ['x'] }), 1, SAVED)).toEqual({
      title: 'A',
      lines: ['x']
    })
    expect(unpackDraft(packDraft(2, { title: 'A', lines: [] }), 1, SAVED)).toBeNull()
    expect(unpackDraft(packDraft(1, { title: 'A', lines: 'x' }), 1, SAVED)).toBeNull()
    expect(unpackDraft(packDraft(1, { title: 'A' }), 1, SAVED)).toBeNull()
    expect(unpackDraft('rác', 1, SAVED)).toBeNull()
  })
})

describe('a form with a draft', () => {
  it('keeps what is typed in the database a moment after typing stops, and says so', async () => {
    const db = makeTestDb()
    render(<NoteForm db={db} />)
    await waitFor(() => expect(title().disabled).toBe(false))
    fireEvent.change(title(), { target: { value: 'Hội nghị sơ kết' } })
    await screen.findByText(/Đã tự giữ bản nháp lúc \d\d:\d\d/)
    expect((await loadDraft(db, 'note', 'n1'))!.data).toEqual(
      packDraft(1, { title: 'Hội nghị sơ kết', lines: [] })
    )
  })

  it('offers a draft left by a crash when the form opens, and restores it', async () => {
    const db = makeTestDb()
    await saveDraft(db, {
      form: 'note',
      recordId: 'n1',
      data: packDraft(1, { title: 'Gõ dở', lines: [] })
    })
    render(<NoteForm db={db} />)
    const offer = await screen.findByRole('alert')
    expect(offer.textContent).toMatch(/Có bản nháp chưa lưu của ghi chú lúc \d\d\/\d\d\/\d{4}/)
    // The form waits for the answer, so the draft cannot be typed over.
    expect(title().disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục' }))
    expect(title().value).toBe('Gõ dở')
    expect(title().disabled).toBe(false)
  })

  it('offers a draft to a form opened read-only only when it can take it back', async () => {
    const db = makeTestDb()
    await saveDraft(db, {
      form: 'note',
      recordId: 'n1',
      data: packDraft(1, { title: 'Sửa đổi dở', lines: [] })
    })
    // A finalised record: nothing to take the draft back into, so nothing is offered.
    const closed = render(<NoteForm db={db} enabled={false} />)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByRole('alert')).toBeNull()
    closed.unmount()
    // A signed pact: read-only as it opens, yet its amendment is offered back.
    render(<NoteForm db={db} enabled={false} offerable />)
    const offer = await screen.findByRole('alert')
    expect(offer.textContent).toContain('Có bản nháp chưa lưu của ghi chú')
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục' }))
    expect(title().value).toBe('Sửa đổi dở')
  })

  it('"Bỏ bản nháp" deletes it; an unreadable draft can only be discarded', async () => {
    const db = makeTestDb()
    await saveDraft(db, { form: 'note', recordId: 'n1', data: packDraft(0, { old: true }) })
    render(<NoteForm db={db} />)
    await screen.findByText('Bản nháp này do phiên bản khác', { exact: false })
    expect(screen.queryByRole('button', { name: 'Khôi phục' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ bản nháp' }))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(await loadDraft(db, 'note', 'n1')).toBeUndefined()
    expect(title().value).toBe('Hội nghị')
  })

  it('drops a draft that equals what is saved instead of offering it', async () => {
    const db = makeTestDb()
    await saveDraft(db, { form: 'note', recordId: 'n1', data: packDraft(1, SAVED) })
    render(<NoteForm db={db} />)
    await waitFor(async () => expect(await loadDraft(db, 'note', 'n1')).toBeUndefined())
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('writes nothing back once a save has started, and forgets it when the user leaves', async () => {
    const db = makeTestDb()
    let finish = () => {}
    const save = () =>
      new Promise<void>((resolve) => {
        finish = resolve
      })
    render(<NoteForm db={db} onSave={save} />)
    await waitFor(() => expect(title().disabled).toBe(false))
    fireEvent.change(title(), { target: { value: 'Đã lưu' } })
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }))
    // The save's own transaction deletes the draft; nothing pending may write it again.
    await new Promise((r) => setTimeout(r, 900))
    expect(await loadDraft(db, 'note', 'n1')).toBeUndefined()
    await act(async () => finish())
    fireEvent.change(title(), { target: { value: 'Gõ rồi bỏ' } })
    await screen.findByText(/Đã tự giữ bản nháp/)
    fireEvent.click(screen.getByRole('button', { name: 'Rời đi' }))
    await waitFor(async () => expect(await loadDraft(db, 'note', 'n1')).toBeUndefined())
  })
})
