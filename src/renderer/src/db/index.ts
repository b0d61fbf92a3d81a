import { Dexie } from 'dexie'
import { getDesktopApi } from '../lib/desktop-api'
import { DATABASE_NAME, OfficeDatabase } from './database'
import { AutoBackup, DiskWatch, WriteGuard } from './safety'

/**
 * The app's database. Tests build their own `OfficeDatabase` and never import this. Only the
 * current schema is declared: main.tsx declares the upgrades unless the start-up probe found the
 * database at the current version.
 */
// Dexie turns on its debug mode by itself when the page's address is localhost or 127.0.0.1 (as in
// the browser builds the tests and benchmarks run): a console task and a stack trace for every
// query, which made each screen's reads several times slower there than in the desktop app, whose
// app:// address leaves it off. Only the development server keeps it.
Dexie.debug = import.meta.env.DEV

export const db = new OfficeDatabase(DATABASE_NAME, { currentSchemaOnly: true })

/** Counts changes for the automatic backups and blocks writes when the disk is nearly full. */
export const writeGuard = new WriteGuard()
db.use(writeGuard.middleware())

/** The automatic backups of this window. */
export const autoBackup = new AutoBackup(db, getDesktopApi(), writeGuard)

/** Free-space watch of this window. */
export const diskWatch = new DiskWatch(getDesktopApi(), writeGuard)
