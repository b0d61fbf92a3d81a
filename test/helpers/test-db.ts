import { OfficeDatabase } from '../../src/renderer/src/db/database'

let counter = 0

/** A fresh database on fake-indexeddb with a unique name, optionally at an older schema version. */
export function makeTestDb(schemaVersion?: number, name = `test-db-${process.pid}-${++counter}`) {
  return new OfficeDatabase(name, schemaVersion === undefined ? {} : { schemaVersion })
}

/** Every row of every table, sorted by primary key: compare two of these to prove nothing changed. */
export async function dumpDb(db: OfficeDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of db.tables) {
    out[table.name] = await table.toCollection().sortBy(table.schema.primKey.keyPath as string)
  }
  return out
}
