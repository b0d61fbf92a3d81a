import { join } from 'node:path'

/**
 * Name of the folder holding the app's data under the OS application-data folder.
 *
 * Electron derives `userData` from the product name; a rename would silently move every user's
 * database. Pinning a constant here, before `app.whenReady()`, keeps the data where it is.
 */
export const DATA_FOLDER_NAME = 'CumThiDua-ThuKy'

/** The `userData` path for a given OS application-data folder. */
export function userDataPathFor(appDataDir: string): string {
  return join(appDataDir, DATA_FOLDER_NAME)
}
