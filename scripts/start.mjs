// `npm start`: starts the desktop app. Electron's binary is fetched here rather than at install
// time (npm 11 blocks install scripts, and office networks often block the download), and when it
// cannot be had the same screens open in the browser build instead, so the command always works.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

function electronBinary() {
  try {
    const path = require('electron')
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

function run(args) {
  return spawn(npx, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
}

if (!electronBinary() && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('Đang tải Electron (chỉ lần đầu)… / Downloading Electron (first start only)…')
  const download = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron', 'install.js')],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'pipe']
    }
  )
  if (download.status !== 0) {
    console.log(
      'Không tải được Electron (máy không có mạng?). / Could not download Electron (offline?).'
    )
  }
}

if (electronBinary()) {
  run(['electron-vite', 'preview']).on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log(
    '\nKhông có Electron trên máy này: mở bản chạy trên trình duyệt tại http://127.0.0.1:4173\n' +
      'Electron is not available here: serving the browser build at http://127.0.0.1:4173\n'
  )
  const build = spawnSync(npx, ['electron-vite', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32'
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
  run([
    'vite',
    'preview',
    '--outDir',
    'out/renderer',
    '--host',
    '127.0.0.1',
    '--port',
    '4173',
    '--strictPort'
  ]).on('exit', (code) => process.exit(code ?? 0))
}
