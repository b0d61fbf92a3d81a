import { version } from '../../package.json'

/**
 * The app's version, read from package.json when the app is built, so the version a user sees
 * ("Giới thiệu", backups, the browser build) is always the one that was released.
 *
 * A named JSON import: the bundler keeps only this field, not the whole manifest.
 */
export const APP_VERSION: string = version
