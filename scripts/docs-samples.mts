// `npm run docs:samples -- <dir>`: writes every document kind the app produces, built from the
// built-in sample cluster, and the engine's stress cases (2 to 15 signatories, 40 commitments, 60
// criteria, long names) into <dir> as .docx (for looking at in Word or LibreOffice). With
// `--html`, it also writes each one's printable HTML, which a browser prints as the same pages.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildSampleDataset } from '../src/core/sample/sample-dataset'
import { allSampleDocuments } from '../src/core/sample/all-documents'
import { packDocx } from '../src/core/documents/pack'
import { printableHtml } from '../src/core/documents/render-html'
import { toSafeFileName } from '../src/core/text/file-name'

const args = process.argv.slice(2)
const withHtml = args.includes('--html')
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'docs-samples')
mkdirSync(dir, { recursive: true })
const data = buildSampleDataset(new Date().toISOString())
for (const { fileName, model } of allSampleDocuments(data)) {
  const path = join(dir, toSafeFileName(fileName, 'docx'))
  writeFileSync(path, await packDocx(model))
  console.log(path)
  if (withHtml) writeFileSync(path.replace(/\.docx$/, '.html'), printableHtml(model))
}
