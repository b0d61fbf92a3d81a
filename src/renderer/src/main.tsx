import './app/zod-window'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './fonts.css'
import './styles.css'
import { App } from './app/App'
import { autoBackup, db, diskWatch } from './db'
import { DATABASE_NAME } from './db/database'
import { CURRENT_SCHEMA_VERSION } from './db/migrations'
import { backupBeforeUpgrade } from './db/safety'
import { StartupFailure } from './app/StartupFailure'
import { startHash } from './app/last-route'
import { primeStartScreen } from './db/queries/overview-screen'
import { getDesktopApi } from './lib/desktop-api'
import { singleDatabaseFactory } from './lib/idb-probe'

const root = createRoot(document.getElementById('root')!)

// Before anything opens the database: a backup of the data as it is if this version will
// upgrade its schema. Then open it: if it cannot open (another copy of the app holds it, a
// blocked upgrade, a damaged profile, a failed backup), the user gets a recovery screen, never a
// blank one — and nothing has been changed.
// Another copy of the app on an older version holds the database open: the upgrade waits for it.
db.on('blocked', () =>
  root.render(
    <StartupFailure
      error={
        new Error(
          'Cơ sở dữ liệu đang được một cửa sổ khác của ứng dụng (phiên bản cũ hơn) sử dụng. Hãy đóng cửa sổ đó; ứng dụng sẽ tiếp tục.'
        )
      }
    />
  )
)
// A newer version opened the same database elsewhere: this window stops, rather than write into
// a schema it does not know.
db.on('versionchange', () => {
  db.close()
  root.render(
    <StartupFailure
      error={
        new Error('Dữ liệu vừa được một phiên bản mới hơn của ứng dụng mở. Hãy đóng cửa sổ này.')
      }
    />
  )
  return false
})

function renderApp(): void {
  root.render(
    <StrictMode>
      <App db={db} safety={{ autoBackup, diskWatch }} />
    </StrictMode>
  )
}

// The database's version, asked once: for the backup before an upgrade, and to know whether the
// schema's older steps must be declared (anything but "already current" declares them, so an
// unknown answer can never skip an upgrade).
const factory = singleDatabaseFactory(indexedDB, DATABASE_NAME)
const found = factory.databases()
backupBeforeUpgrade(getDesktopApi(), { ...factory, databases: () => found })
  .then(async (backup): Promise<void> => {
    const stored = (await found).find((d) => d.name === DATABASE_NAME)?.version
    if (stored !== CURRENT_SCHEMA_VERSION * 10) db.declareUpgrades()
    const opening = db.open()
    // With no schema upgrade ahead, the first screen draws while the database opens (its queries
    // wait for the open, and nothing can be written before it), and its reads start now rather
    // than once React has drawn. An upgrade is waited for first.
    if (backup === 'none') {
      primeStartScreen(db, startHash(location.hash))
      renderApp()
    }
    await opening
    if (backup !== 'none') renderApp()
  })
  .then(() => {
    diskWatch.start()
    // The start-up backup reads and hashes the whole database: it waits until the first screen is
    // shown and the page is idle (at most a few seconds), instead of competing with it.
    afterFirstScreen(() => void autoBackup.start())
  })
  .catch((error: unknown) => root.render(<StartupFailure error={error} />))

/**
 * Runs once the first screen has had time to load and the page is idle, and in any case within
 * five seconds. Idle alone comes too early: the page idles while the screen waits for its first
 * queries, and a backup started then slowed that screen down (issue 13).
 */
function afterFirstScreen(run: () => void): void {
  setTimeout(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 })
    else run()
  }, 2000)
}
