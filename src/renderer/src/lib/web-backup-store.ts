import {
  backupName,
  backupsToKeep,
  dayKey,
  DEFAULT_RETENTION,
  isSafetyBackup,
  LOW_DISK_BYTES,
  parseBackupName
} from '@core/backup/rotation'
import { HEAD_BYTES, headText, readBackupHead } from '@core/backup/head'
import { LOW_DISK_MESSAGE } from '@core/backup/space'
import { fail, ok, type Result } from '@shared/ipc/results'
import type { BackupContents, BackupEntry, Retention } from '@shared/ipc/contract'

/**
 * Automatic backups for the browser build: kept in a separate IndexedDB database of the same
 * origin (a browser has no backup folder), with the same names, retention (safety backups kept
 * 30 days), space check and removal as the desktop's backup folder.
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

/** Free space the browser grants this origin (its quota minus what it uses); unknown = plenty. */
export async function webFreeBytes(): Promise<number> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined)
  return estimate?.quota !== undefined && estimate.usage !== undefined
    ? estimate.quota - estimate.usage
    : Number.MAX_SAFE_INTEGER
}

const contentsOf = (text: string): BackupContents | null => {
  const head = readBackupHead(text)
  return head ? { clusters: head.clusters, counts: head.counts } : null
}

/**
 * Stores a backup, then prunes by the retention policy. Refused, with nothing written, when it
 * would leave less than the reserve free (a full disk corrupts LevelDB, this store's and the
 * app's): the same rule as the desktop's backup folder.
 */
export async function webBackupSave(
  bytes: Uint8Array,
  reason: string,
  freeBytes: () => Promise<number> = webFreeBytes
): Promise<Result<BackupEntry>> {
  if ((await freeBytes()) < LOW_DISK_BYTES + bytes.byteLength) return fail('io', LOW_DISK_MESSAGE)
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
    return ok({
      name,
      createdAt: info.createdAt,
      reason: info.reason,
      size: bytes.byteLength,
      contents: contentsOf(headText(bytes))
    })
  } catch {
    return fail('io', 'Không lưu được bản sao lưu trong trình duyệt.')
  }
}

export async function webBackupList(): Promise<
  Result<{ folder: string; entries: BackupEntry[]; retention: Retention }>
> {
  const files = ((await run('readonly', (store) => store.getAll())) ?? []) as StoredFile[]
  const entries: BackupEntry[] = []
  for (const file of files
    .filter((f) => parseBackupName(f.name))
    .sort((a, b) => b.name.localeCompare(a.name))) {
    const { createdAt, reason } = parseBackupName(file.name)!
    // Only the first 64 KB of each Blob is read: listing never loads a whole backup.
    const head =
      file.bytes instanceof Blob
        ? await file.bytes.slice(0, HEAD_BYTES).text()
        : headText(file.bytes)
    entries.push({
      name: file.name,
      createdAt,
      reason,
      size: sizeOf(file.bytes),
      contents: contentsOf(head)
    })
  }
  return ok({ folder: '', entries, retention: webRetention() })
}

/** Removes a backup taken before a restore; the others follow the retention policy. */
export async function webBackupRemove(name: string): Promise<Result<{ name: string }>> {
  if (!parseBackupName(name) || !isSafetyBackup(name))
    return fail(
      'forbidden',
      'Chỉ xóa được bản sao lưu trước khi khôi phục; các bản khác được ứng dụng tự dọn theo cách giữ bản sao lưu.'
    )
  await run('readwrite', (store) => void store.delete(name))
  return ok({ name })
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
