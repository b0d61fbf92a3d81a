import { backupName, backupsToKeep, dayKey, parseBackupName } from '@core/backup/rotation'
import { fail, ok, type Result } from '@shared/ipc/results'
import type { BackupEntry, Retention } from '@shared/ipc/contract'
import { DEFAULT_RETENTION } from '@core/backup/rotation'

/**
 * Automatic backups for the browser build: kept in a separate IndexedDB database of the same
 * origin (a browser has no backup folder), with the same names and retention as the desktop.
 */
const DB_NAME = 'cum-thi-dua-sao-luu'

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1)
    request.onupgradeneeded = () => request.result.createObjectStore('files', { keyPath: 'name' })
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

function run<T>(
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => IDBRequest<T> | void
): Promise<T | undefined> {
  return open().then(
    (db) =>
      new Promise((resolve, reject) => {
        const tx = db.transaction('files', mode, { durability: 'strict' })
        const request = body(tx.objectStore('files'))
        tx.oncomplete = () => {
          db.close()
          resolve(request ? request.result : undefined)
        }
        tx.onerror = () => reject(tx.error)
      })
  )
}

/**
 * A stored backup. New ones keep their bytes as a Blob: the browser stores a Blob as a file and
 * reading the record does not load it, so listing 50 MB backups costs nothing on the window's
 * thread; the bytes are read (asynchronously) only when one is restored. Older records hold a
 * Uint8Array.
 */
interface StoredFile {
  name: string
  bytes: Blob | Uint8Array
}

const sizeOf = (bytes: Blob | Uint8Array) => (bytes instanceof Blob ? bytes.size : bytes.byteLength)

export async function webBackupSave(
  bytes: Uint8Array,
  reason: string
): Promise<Result<BackupEntry>> {
  try {
    const name = backupName(new Date(), reason)
    const blob = new Blob([bytes as BlobPart], { type: 'application/json' })
    await run('readwrite', (store) => void store.put({ name, bytes: blob }))
    const names = ((await run('readonly', (store) => store.getAllKeys())) ?? []) as string[]
    const keep = backupsToKeep(names, dayKey(new Date()), webRetention())
    await run('readwrite', (store) => {
      for (const n of names) if (!keep.has(n)) store.delete(n)
    })
    const info = parseBackupName(name)!
    return ok({ name, createdAt: info.createdAt, reason: info.reason, size: bytes.byteLength })
  } catch {
    return fail('io', 'Không lưu được bản sao lưu trong trình duyệt.')
  }
}

export async function webBackupList(): Promise<
  Result<{ folder: string; entries: BackupEntry[]; retention: Retention }>
> {
  const files = ((await run('readonly', (store) => store.getAll())) ?? []) as StoredFile[]
  const entries = files
    .filter((f) => parseBackupName(f.name))
    .sort((a, b) => b.name.localeCompare(a.name))
    .map((f) => ({ name: f.name, size: sizeOf(f.bytes), ...parseBackupName(f.name)! }))
    .map(({ name, size, createdAt, reason }) => ({ name, size, createdAt, reason }))
  return ok({ folder: '', entries, retention: webRetention() })
}

export async function webBackupRead(
  name: string
): Promise<Result<{ name: string; bytes: Uint8Array }>> {
  const file = (await run('readonly', (store) => store.get(name))) as StoredFile | undefined
  if (!file) return fail('not-found', 'Không tìm thấy bản sao lưu này.')
  const bytes =
    file.bytes instanceof Blob ? new Uint8Array(await file.bytes.arrayBuffer()) : file.bytes
  return ok({ name, bytes })
}

const RETENTION_KEY = 'cum-thi-dua.retention'

/** The browser build's retention, kept in this origin's local storage. */
export function webRetention(): Retention {
  try {
    const stored = JSON.parse(localStorage.getItem(RETENTION_KEY) ?? 'null') as Retention | null
    if (
      stored &&
      [stored.keepToday, stored.keepDays, stored.keepTotal].every(
        (n) => Number.isInteger(n) && n >= 1
      )
    )
      return stored
  } catch {
    // A damaged value falls back to the defaults.
  }
  return DEFAULT_RETENTION
}

export function setWebRetention(retention: Retention): Result<Retention> {
  if (
    ![retention.keepToday, retention.keepDays, retention.keepTotal].every(
      (n) => Number.isInteger(n) && n >= 1 && n <= 400
    )
  ) {
    return fail('invalid-input', 'Số bản sao lưu giữ lại phải là số nguyên từ 1 đến 400.')
  }
  localStorage.setItem(RETENTION_KEY, JSON.stringify(retention))
  return ok(retention)
}
