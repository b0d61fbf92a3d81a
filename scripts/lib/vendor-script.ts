import { createHash } from 'node:crypto'
import { runInNewContext } from 'node:vm'
import { build, type Plugin } from 'vite'

/**
 * The libraries every screen needs (React, React DOM, React Router, Dexie), built into one plain
 * script that the page runs before the app's modules, which take them from it.
 *
 * Why: Chromium keeps the compiled code of a plain script between starts (V8's code cache, which
 * the desktop app's `app://` scheme allows), so from the second start on these 400 kB are not
 * compiled again. It does not do so for module scripts: measured here, a module holding React DOM
 * took 25–35 ms from arrival to run at every load, the same file as a plain script 3–15 ms from
 * its third load on (issue 13). The app's own code stays in modules, split by screen.
 *
 * The page loads it with `defer`, before the app's module script: the two run in document order,
 * so the libraries are there when the first module runs. zod stays in the modules: the app uses
 * a small part of it, which a module build keeps and a script holding all of `z` would not.
 */

/** What the script holds: each module, and the names taken from it (`*`: all it exports). */
const VENDOR: Record<string, '*' | string[]> = {
  react: '*',
  'react/jsx-runtime': '*',
  'react-dom': '*',
  'react-dom/client': '*',
  dexie: '*',
  'dexie-react-hooks': '*',
  // React Router exports far more than the app uses (server rendering, data APIs): only these.
  'react-router': [
    'createHashRouter',
    'Link',
    'NavLink',
    'Outlet',
    'RouterProvider',
    'useBlocker',
    'useLocation',
    'useNavigate',
    'useParams',
    'useRouteError',
    'useSearchParams'
  ]
}

/** Where the page's modules find the libraries. */
const GLOBAL = '__ctdVendor'
const SHIM = '\0vendor-shim:'
const ENTRY = '\0vendor-entry'

/**
 * The names each library has in the built script, read by running it in an empty context: the
 * page's modules are given exactly these, so a name can never be missing from one side only.
 */
function exportNames(code: string): Map<string, string[]> {
  // What the libraries touch as they load (no window, no document: they check for those).
  const sandbox: Record<string, unknown> = {
    console,
    URL,
    URLSearchParams,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    TextEncoder,
    TextDecoder
  }
  runInNewContext(code, sandbox, { filename: 'vendor.js' })
  const table = sandbox[GLOBAL] as Record<string, Record<string, unknown>> | undefined
  if (!table) throw new Error('vendor script: it did not define its libraries')
  return new Map(
    Object.keys(VENDOR).map((id) => [
      id,
      Object.keys(table[id] ?? {}).filter(
        (name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name)
      )
    ])
  )
}

function entryCode(): string {
  const lines = Object.keys(VENDOR).map((id, index) => {
    const wanted = VENDOR[id]!
    return wanted === '*'
      ? `import * as m${index} from ${JSON.stringify(id)}`
      : `import { ${wanted.join(', ')} } from ${JSON.stringify(id)}\nconst m${index} = { ${wanted.join(', ')} }`
  })
  const table = Object.keys(VENDOR)
    .map((id, index) => `${JSON.stringify(id)}: m${index}`)
    .join(', ')
  return `${lines.join('\n')}\nglobalThis.${GLOBAL} = Object.freeze({ ${table} })\n`
}

async function buildVendor(root: string): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'vendor-entry',
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? entryCode() : null)
      }
    ],
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rolldownOptions: { input: ENTRY, output: { format: 'iife' } }
    }
  })
  const results = Array.isArray(output) ? output : [output]
  const chunk = results
    .flatMap((result) => ('output' in result ? result.output : []))
    .find((file) => file.type === 'chunk')
  if (!chunk || chunk.type !== 'chunk') throw new Error('vendor script: nothing was built')
  return chunk.code
}

/** Builds the script, puts it beside the app's files and in index.html, and points imports at it. */
export function vendorScriptPlugin(): Plugin {
  let root = process.cwd()
  let fileName = ''
  let names = new Map<string, string[]>()
  return {
    name: 'vendor-script',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    async buildStart() {
      const code = await buildVendor(root)
      names = exportNames(code)
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 8)
      fileName = `assets/vendor-${hash}.js`
      this.emitFile({ type: 'asset', fileName, source: code })
    },
    resolveId(id) {
      return Object.hasOwn(VENDOR, id) ? SHIM + id : null
    },
    load(id) {
      if (!id.startsWith(SHIM)) return null
      const vendorId = id.slice(SHIM.length)
      const list = names.get(vendorId) ?? []
      return [
        `const m = globalThis.${GLOBAL}?.[${JSON.stringify(vendorId)}]`,
        `if (!m) throw new Error(${JSON.stringify(`vendor script not loaded before ${vendorId}`)})`,
        'export default m.default ?? m',
        list.length > 0 ? `export const { ${list.join(', ')} } = m` : ''
      ].join('\n')
    },
    // Right before the app's module script, after the page's security policy, which applies
    // only to what follows it.
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const at = html.indexOf('<script type="module"')
        if (at < 0) throw new Error('vendor script: index.html has no module script')
        return `${html.slice(0, at)}<script defer src="./${fileName}"></script>\n    ${html.slice(at)}`
      }
    }
  }
}
