import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/be-vietnam-pro/400.css'
import '@fontsource/be-vietnam-pro/500.css'
import '@fontsource/be-vietnam-pro/600.css'
import '@fontsource/be-vietnam-pro/700.css'
import './styles.css'
import { App } from './app/App'
import { db } from './db'
import { StartupFailure } from './app/StartupFailure'

const root = createRoot(document.getElementById('root')!)

// Open the database before showing anything: if it cannot open (another copy of the app holds
// it, a blocked upgrade, a damaged profile), the user gets a recovery screen, never a blank one.
db.open()
  .then(() =>
    root.render(
      <StrictMode>
        <App db={db} />
      </StrictMode>
    )
  )
  .catch((error: unknown) => root.render(<StartupFailure error={error} />))
