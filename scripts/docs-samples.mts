// `npm run docs:samples -- <dir>`: writes every document kind the app produces, built from the
// built-in sample cluster, into <dir> as .docx (for looking at in Word or LibreOffice).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildSampleDataset } from '../src/core/sample/sample-dataset'
import { sampleDocumentModels } from '../src/core/sample/sample-document-models'
import { packDocx } from '../src/core/documents/pack'
import { toSafeFileName } from '../src/core/text/file-name'

const dir = resolve(process.argv[2] ?? 'docs-samples')
mkdirSync(dir, { recursive: true })
const data = buildSampleDataset(new Date().toISOString())
for (const { fileName, model } of sampleDocumentModels(data)) {
  const path = join(dir, toSafeFileName(fileName, 'docx'))
  writeFileSync(path, await packDocx(model))
  console.log(path)
}
