import { getDesktopApi } from '../lib/desktop-api'
import { DATABASE_NAME, OfficeDatabase } from './database'
import { AutoBackup, DiskWatch, WriteGuard } from './safety'

/**
 * The app's database. Tests build their own `OfficeDatabase` and never import this. Only the
 * current schema is declared: main.tsx declares the upgrades unless the start-up probe found the
 * database at the current version.
 */
export const db = new OfficeDatabase(DATABASE_NAME, { currentSchemaOnly: true })

/** Counts changes for the automatic backups and blocks writes when the disk is nearly full. */
export const writeGuard = new WriteGuard()
db.use(writeGuard.middleware())

/** The automatic backups of this window. */
export const autoBackup = new AutoBackup(db, getDesktopApi(), writeGuard)

/** Free-space watch of this window. */
export const diskWatch = new DiskWatch(getDesktopApi(), writeGuard)
