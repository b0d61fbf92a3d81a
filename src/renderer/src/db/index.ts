import { OfficeDatabase } from './database'

/** The app's database. Tests build their own `OfficeDatabase` and never import this. */
export const db = new OfficeDatabase()
