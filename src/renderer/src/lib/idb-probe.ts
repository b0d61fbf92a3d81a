/**
 * An `IDBFactory` whose `databases()` asks about one database by opening it, instead of listing
 * every database of the origin. Chromium answers `databases()` in about 70 ms at start-up against
 * about 5 ms for an open; the start-up checks only ever need to know one database's version.
 *
 * A database that does not exist is not created: its creation is aborted, so it stays absent.
 */
export function singleDatabaseFactory(factory: IDBFactory, name: string): IDBFactory {
  return {
    open: factory.open.bind(factory),
    deleteDatabase: factory.deleteDatabase.bind(factory),
    cmp: factory.cmp.bind(factory),
    databases: () => earlyProbe(factory, name) ?? probeDatabase(factory, name)
  }
}

/**
 * The answer of `public/start-probe.js`, which index.html runs before the app's scripts so that
 * opening the database files overlaps with loading them; taken once (a later question asks again).
 */
function earlyProbe(factory: IDBFactory, name: string): Promise<IDBDatabaseInfo[]> | null {
  const holder = globalThis as {
    __databaseProbe?: { name: string; answer: Promise<IDBDatabaseInfo[] | null> }
  }
  const early = holder.__databaseProbe
  if (early?.name !== name) return null
  delete holder.__databaseProbe
  return early.answer.then((answer) => answer ?? probeDatabase(factory, name))
}

/** The one database's name and version, or nothing when it does not exist or cannot be opened. */
export function probeDatabase(factory: IDBFactory, name: string): Promise<IDBDatabaseInfo[]> {
  return new Promise((resolve) => {
    const request = factory.open(name)
    // Only a database that did not exist gets an upgrade without a version asked: undo its creation.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onsuccess = () => {
      const db = request.result
      const version = db.version
      db.close()
      resolve([{ name, version }])
    }
    request.onerror = (event) => {
      event.preventDefault()
      resolve([])
    }
  })
}
