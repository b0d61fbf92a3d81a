interface CryptoLike {
  randomUUID(): string
}

/**
 * A new primary key: a random UUID, so rows made on different PCs or restored from backups never
 * collide. Node 20 and every Electron renderer have `crypto.randomUUID`.
 */
export function newId(): string {
  return (globalThis as unknown as { crypto: CryptoLike }).crypto.randomUUID()
}

/** The current time as an ISO string, the format of `createdAt` and `updatedAt`. */
export function nowIso(): string {
  return new Date().toISOString()
}
