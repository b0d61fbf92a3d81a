import { newId, nowIso } from '@core/model/ids'
import { SETTING_KEYS } from '@core/model/settings'
import type { OfficeDatabase } from '../../src/renderer/src/db/database'

/** A restore as it looks to an open form: the data generation changes (`restore-write.ts`). */
export async function restoreHappened(db: OfficeDatabase) {
  const at = nowIso()
  await db.settings.put({
    key: SETTING_KEYS.dataGeneration,
    value: { id: newId(), at, cause: 'restore' },
    updatedAt: at
  })
}
