import { clusterSchema, type Cluster } from '@core/model/entities'
import { newId, nowIso } from '@core/model/ids'
import { parseOrThrow, ValidationError } from '@core/model/validation'
import { assertUnchanged, type SaveBase, stampAfter } from '../concurrency'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { getSetting, SETTING_KEYS, setSetting } from './settings-repo'

/** The fields of a cluster the secretary edits. */
export type ClusterInput = Pick<
  Cluster,
  'name' | 'parentBody' | 'headerLines' | 'issuerLine' | 'placeName' | 'symbol' | 'higherBody'
> & { rules?: Partial<Cluster['rules']>; rotationOrder?: string[] }

/**
 * The cluster the app shows: the chosen one, else the first one, else none. Only a cluster that
 * passes its schema is shown (as parsed), so a damaged row or setting cannot break every screen;
 * the start-up check (`safe-mode.ts`) says what it found. The setting and the clusters (a handful
 * of rows) are read side by side: one round of reads, which every screen's frame waits for.
 */
export async function getActiveCluster(db: OfficeDatabase): Promise<Cluster | undefined> {
  const [id, rows] = await Promise.all([
    getSetting<string>(db, SETTING_KEYS.activeClusterId),
    db.clusters.toArray()
  ])
  return pickActiveCluster(rows, id)
}

/** Of the stored cluster rows, the valid one chosen by `id`, else the first valid one. */
export function pickActiveCluster(rows: unknown[], id: string | undefined): Cluster | undefined {
  const valid = (row: unknown) => {
    const parsed = clusterSchema.safeParse(row)
    return parsed.success ? parsed.data : undefined
  }
  const chosen = id
    ? rows.find((row) => (row as Partial<Cluster> | undefined)?.id === id)
    : undefined
  const cluster = chosen === undefined ? undefined : valid(chosen)
  if (cluster) return cluster
  for (const row of rows) {
    const first = valid(row)
    if (first) return first
  }
  return undefined
}

/**
 * Creates a cluster (the "start blank" path of the first run) and makes it the active one.
 * Throws `ValidationError` before writing anything if the input is refused.
 */
export async function createCluster(db: OfficeDatabase, input: ClusterInput): Promise<Cluster> {
  const now = nowIso()
  const row = parseOrThrow(clusterSchema, { ...input, id: newId(), createdAt: now, updatedAt: now })
  await db.transaction('rw', [db.clusters, db.settings, db.auditLog], async () => {
    await db.clusters.add(row)
    await setSetting(db, SETTING_KEYS.activeClusterId, row.id)
    await setSetting(db, SETTING_KEYS.firstRunDone, true)
    await recordAudit(db, { table: 'clusters', entityId: row.id, action: 'create', after: row })
  })
  return row
}

/**
 * Saves the edited fields of a cluster. The input is validated and normalised first; if it is
 * refused, a `ValidationError` names the fields and the stored cluster is untouched. With `base`
 * (what the form read), a cluster changed since is refused with a `StaleRecordError`
 * (`concurrency.ts`).
 */
export async function updateCluster(
  db: OfficeDatabase,
  id: string,
  input: ClusterInput,
  base?: SaveBase
): Promise<Cluster> {
  return db.transaction('rw', [db.clusters, db.settings, db.auditLog], async () => {
    const before = await db.clusters.get(id)
    await assertUnchanged(db, before, base)
    if (!before)
      throw new ValidationError([{ field: '', message: 'Không tìm thấy cụm thi đua này.' }])
    const after = parseOrThrow(clusterSchema, {
      ...before,
      ...input,
      rules: { ...before.rules, ...input.rules },
      updatedAt: stampAfter(before.updatedAt)
    })
    await db.clusters.put(after)
    await recordAudit(db, { table: 'clusters', entityId: id, action: 'update', before, after })
    return after
  })
}
