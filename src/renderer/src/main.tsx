import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/be-vietnam-pro/400.css'
import '@fontsource/be-vietnam-pro/500.css'
import '@fontsource/be-vietnam-pro/600.css'
import '@fontsource/be-vietnam-pro/700.css'
import './styles.css'
import { App } from './app/App'
import { autoBackup, db, diskWatch } from './db'
import { backupBeforeUpgrade } from './db/safety'
import { StartupFailure } from './app/StartupFailure'
import { getDesktopApi } from './lib/desktop-api'

const root = createRoot(document.getElementById('root')!)

// Before anything opens the database: a backup of the data as it is if this version will
// upgrade its schema. Then open it before showing anything: if it cannot open (another copy of
// the app holds it, a blocked upgrade, a damaged profile, a failed backup), the user gets a
// recovery screen, never a blank one — and nothing has been changed.
backupBeforeUpgrade(getDesktopApi())
  .then(() => db.open())
  .then(() => {
    root.render(
      <StrictMode>
        <App db={db} safety={{ autoBackup, diskWatch }} />
      </StrictMode>
    )
    diskWatch.start()
    void autoBackup.start()
  })
  .catch((error: unknown) => root.render(<StartupFailure error={error} />))
