import { describe, expect, it } from 'vitest'
import { useState } from 'react'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { DatabaseProvider } from '../../../src/renderer/src/db/DatabaseContext'
import { loadDraft, saveDraft } from '../../../src/renderer/src/db/repositories/drafts-repo'
import { assertUnchanged, type SaveBase } from '../../../src/renderer/src/db/concurrency'
import { draftBase, packDraft } from '../../../src/renderer/src/components/drafts/draft-data'
import { useFormDraft } from '../../../src/renderer/src/components/drafts/useFormDraft'
import { DraftOfferBanner } from '../../../src/renderer/src/components/drafts/DraftOfferBanner'
import { useSaveGuard } from '../../../src/renderer/src/components/concurrency/useSaveGuard'
import { RecordChangedBanner } from '../../../src/renderer/src/components/concurrency/RecordChangedBanner'
import type { OfficeDatabase } from '../../../src/renderer/src/db/database'
import { makeTestDb } from '../../helpers/test-db'
import { restoreHappened } from '../../helpers/restore-happened'

/**
 * Issue 16, point 2: a draft put back into a guarded form carries the version of the record it
 * was typed on, so saving an old draft over a record changed since is refused and offered for
 * comparison — never saved silently.
 */

/** The record as stored: its stamp and text, changed "in another window" by the test. */
interface Stored {
  updatedAt: string
  title: string
}

function GuardedNote({ db, stored }: { db: OfficeDatabase; stored: Stored }) {
  return (
    <DatabaseProvider db={db}>
      <NoteEditor db={db} stored={stored} />
    </DatabaseProvider>
  )
}

function NoteEditor({ db, stored }: { db: OfficeDatabase; stored: Stored }) {
  const saved = { title: stored.title }
  const [value, setValue] = useState(saved)
  const [message, setMessage] = useState('')
  const guard = useSaveGuard({ updatedAt: stored.updatedAt })
  const draft = useFormDraft({
    form: 'note',
    recordId: 'n1',
    version: 1,
    value,
    saved,
    enabled: true,
    onRestore: setValue,
    guard
  })
  /** The repository's save: refused when the record is not the version the form started from. */
  const save = async (base: SaveBase | undefined) => {
    try {
      await db.transaction('rw', db.settings, () => assertUnchanged(db, stored, base))
      setMessage('Đã lưu.')
    } catch (error) {
      if (!guard.refuse(error)) throw error
    }
  }
  return (
    <>
      <RecordChangedBanner
        guard={guard}
        dirty={value.title !== saved.title}
        compare={() => [{ label: 'Tiêu đề', mine: value.title, theirs: saved.title }]}
        onReload={() => setValue(saved)}
      />
      <DraftOfferBanner draft={draft} what="ghi chú" />
      <label>
        Tiêu đề
        <input
          disabled={draft.offer !== null}
          value={value.title}
          onChange={(e) => setValue({ title: e.target.value })}
        />
      </label>
      <button type="button" onClick={() => void save(guard.base())}>
        Lưu
      </button>
      <p>{message}</p>
    </>
  )
}

const title = () => screen.getByLabelText<HTMLInputElement>('Tiêu đề')

async function typeDraft(db: OfficeDatabase, stored: Stored, text: string) {
  const view = render(<GuardedNote db={db} stored={stored} />)
  await waitFor(() => expect(title().disabled).toBe(false))
  fireEvent.change(title(), { target: { value: text } })
  await waitFor(async () =>
    expect(draftBase((await loadDraft(db, 'note', 'n1'))?.data)).toBeDefined()
  )
  view.unmount()
}

async function restoreDraft(db: OfficeDatabase, stored: Stored) {
  render(<GuardedNote db={db} stored={stored} />)
  fireEvent.click(await screen.findByRole('button', { name: 'Khôi phục' }))
}

describe('the version a draft was typed on', () => {
  it('is kept with the draft, and read back only when well formed', () => {
    const base = { updatedAt: '2026-11-30T08:00:00.000Z', generation: 'g1', children: { a: ['x'] } }
    expect(draftBase(packDraft(1, { title: 'A' }, base))).toEqual(base)
    expect(draftBase(packDraft(1, { title: 'A' }))).toBeUndefined()
    expect(draftBase({ v: 1, value: {}, base: { updatedAt: 5 } })).toBeUndefined()
    expect(draftBase({ v: 1, value: {}, base: { updatedAt: '', children: { a: [1] } } })).toBe(
      undefined
    )
  })

  it('refuses to save an old draft over a record changed since, and says why', async () => {
    const db = makeTestDb()
    const v1 = { updatedAt: '2026-11-30T08:00:00.000Z', title: 'Bản đầu' }
    await typeDraft(db, v1, 'Gõ trên bản đầu')
    expect((await loadDraft(db, 'note', 'n1'))!.data).toMatchObject({
      base: { updatedAt: v1.updatedAt }
    })

    // Another window saved the record; the form reopens on the new version and the draft is
    // offered back.
    const v2 = { updatedAt: '2026-11-30T09:00:00.000Z', title: 'Bản của cửa sổ khác' }
    await restoreDraft(db, v2)
    expect(title().value).toBe('Gõ trên bản đầu')
    await screen.findByText(/^Bản nháp vừa khôi phục được gõ trên một bản cũ/)
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }))
    await screen.findByText(/^Chưa lưu\. Bản nháp vừa khôi phục được gõ trên một bản cũ/)
    expect(screen.queryByText('Đã lưu.')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'So sánh' }))
    const row = screen.getByRole('row', { name: /Tiêu đề/ })
    expect(row.textContent).toContain('Gõ trên bản đầu')
    expect(row.textContent).toContain('Bản của cửa sổ khác')
  })

  it('saves a draft typed on the version still stored, without a warning', async () => {
    const db = makeTestDb()
    const v1 = { updatedAt: '2026-11-30T08:00:00.000Z', title: 'Bản đầu' }
    await typeDraft(db, v1, 'Gõ tiếp')
    await restoreDraft(db, v1)
    expect(title().value).toBe('Gõ tiếp')
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }))
    await screen.findByText('Đã lưu.')
    expect(document.querySelector('.record-changed')).toBeNull()
  })

  it('refuses a draft typed before a restore', async () => {
    const db = makeTestDb()
    const v1 = { updatedAt: '2026-11-30T08:00:00.000Z', title: 'Bản đầu' }
    await saveDraft(db, {
      form: 'note',
      recordId: 'n1',
      data: packDraft(
        1,
        { title: 'Gõ trước khi khôi phục' },
        { updatedAt: v1.updatedAt, generation: '' }
      )
    })
    await restoreHappened(db)
    await restoreDraft(db, v1)
    await screen.findByText(/^Bản nháp vừa khôi phục được gõ trước khi dữ liệu được khôi phục/)
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }))
    await screen.findByText(/^Chưa lưu\. Bản nháp vừa khôi phục được gõ trước khi/)
    expect(screen.queryByText('Đã lưu.')).toBeNull()
  })
})
