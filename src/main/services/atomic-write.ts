import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/**
 * Writes a file so that the target is either the old content or the complete new one, never a
 * torn mix: write a temp file beside it, fsync it, rename it over the target, fsync the folder.
 *
 * Resolves only after the data is on disk, so a caller that reports "saved" is telling the truth.
 * On failure the temp file is removed and the previous file is left as it was.
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  hooks: { beforeRename?: () => Promise<void> } = {}
): Promise<void> {
  const dir = dirname(target)
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  let renamed = false
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await hooks.beforeRename?.()
    await rename(temp, target)
    renamed = true
    await syncDirectory(dir)
  } finally {
    if (!renamed) await rm(temp, { force: true })
  }
}

async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; the rename is already durable enough there.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
