import { getDesktopApi } from '../lib/desktop-api'
import { OfficeDatabase } from './database'
import { AutoBackup, DiskWatch, WriteGuard } from './safety'

/** The app's database. Tests build their own `OfficeDatabase` and never import this. */
export const db = new OfficeDatabase()

/** Counts changes for the automatic backups and blocks writes when the disk is nearly full. */
export const writeGuard = new WriteGuard()
db.use(writeGuard.middleware())

/** The automatic backups of this window. */
export const autoBackup = new AutoBackup(db, getDesktopApi(), writeGuard)

/** Free-space watch of this window. */
export const diskWatch = new DiskWatch(getDesktopApi(), writeGuard)
