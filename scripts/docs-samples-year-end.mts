// `npm run docs:samples:year-end -- <dir>`: writes the year-end documents of issue 15 (ballot papers,
// the Biên bản kiểm phiếu of a two-round vote, the minutes' score and vote sections, the tờ trình
// with its list, a báo cáo thành tích, the thông báo, the báo cáo tổng kết), built from the example
// year-end of the built-in sample, into <dir> as .docx. Until the lead merges them into
// `docs:samples` (sample-document-models.ts), this script is how to look at them.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildSampleDataset } from '../src/core/sample/sample-dataset'
import { sampleYearEndDocuments } from '../src/core/sample/sample-ballot'
import { packDocx } from '../src/core/documents/pack'
import { toSafeFileName } from '../src/core/text/file-name'

const dir = resolve(process.argv[2] ?? 'docs-samples')
mkdirSync(dir, { recursive: true })
const data = buildSampleDataset(new Date().toISOString())
for (const { fileName, model } of sampleYearEndDocuments(data)) {
  const path = join(dir, toSafeFileName(fileName, 'docx'))
  writeFileSync(path, await packDocx(model))
  console.log(path)
}
