import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DatabaseProvider } from '../../../src/renderer/src/db/DatabaseContext'
import { ensureCatalogue } from '../../../src/renderer/src/db/repositories/awards-repo'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import { CatalogueEditor } from '../../../src/renderer/src/features/yearend/CatalogueEditor'
import { makeTestDb } from '../../helpers/test-db'

describe('the award catalogue', () => {
  it("names each row's fields by the full name: two forms share the short name «Cờ thi đua»", async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const catalogue = await ensureCatalogue(db, cluster.id)
    render(
      <DatabaseProvider db={db}>
        <CatalogueEditor catalogue={catalogue} />
      </DatabaseProvider>
    )
    for (const type of catalogue)
      expect(screen.getAllByLabelText(`Số lượng tối đa: ${type.name}`)).toHaveLength(1)
  })

  it('refuses a quota that is not written in digits instead of reading 1e2 as a hundred', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const catalogue = await ensureCatalogue(db, cluster.id)
    const type = catalogue.find((t) => t.active)!
    render(
      <DatabaseProvider db={db}>
        <CatalogueEditor catalogue={catalogue} />
      </DatabaseProvider>
    )
    const quota = screen.getByLabelText(`Số lượng tối đa: ${type.name}`)
    fireEvent.change(quota, { target: { value: '1e2' } })
    fireEvent.blur(quota)
    await waitFor(() => expect(screen.getByText(/Số lượng tối đa mỗi cụm/)).toBeTruthy())
    expect((await db.awardTypes.get(type.id))?.quotaPerCluster).toBe(type.quotaPerCluster)

    fireEvent.change(quota, { target: { value: '3' } })
    fireEvent.blur(quota)
    await waitFor(async () => expect((await db.awardTypes.get(type.id))?.quotaPerCluster).toBe(3))
  })
})
