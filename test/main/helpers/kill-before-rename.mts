// Child process for the atomic-write test: starts an atomic write of a backup and stops just
// before the rename, announcing it, so the parent can kill it there.
import { writeFileAtomic } from '../../../src/main/services/atomic-write'

const [target, text] = process.argv.slice(2)
await writeFileAtomic(target!, new TextEncoder().encode(text!), {
  beforeRename: async () => {
    process.stdout.write('ready\n')
    await new Promise(() => undefined)
  }
})
