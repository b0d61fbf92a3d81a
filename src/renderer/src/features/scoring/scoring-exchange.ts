import { nowIso } from '@core/model/ids'
import type { ImportResult } from '@core/scoring/xlsx/import'
import { readInPool } from './xlsx-read'
import { getDesktopApi } from '../../lib/desktop-api'
import type { ScoringData } from './useScoringData'

/**
 * "Xuất phiếu chấm" and "Nhập phiếu chấm" around the core's Excel code. ExcelJS is a large
 * library, so it is loaded the first time a sheet is written or read, never at start-up.
 */

/** A returned file larger than this is refused before it is read (a score sheet is ~30 KB). */
export const MAX_RETURNED_BYTES = 20 * 1024 * 1024

/** The sentence shown after an export. */
export async function exportScoreSheets(data: ScoringData, unitIds: string[]): Promise<string> {
  const { buildScoreSheetWorkbook, scoreSheetFileName } = await import('@core/scoring/xlsx/export')
  const { record, plan, rules } = data
  const exportedAt = nowIso()
  const files: Array<{ name: string; bytes: Uint8Array }> = []
  for (const unitId of unitIds) {
    const name = data.unitName(unitId)
    files.push({
      name: scoreSheetFileName(record.year.year, name),
      bytes: await buildScoreSheetWorkbook({
        cluster: {
          id: record.cluster.id,
          name: record.cluster.name,
          parentBody: record.cluster.parentBody
        },
        year: record.year.year,
        unit: { id: unitId, name },
        plan,
        rules,
        current: {
          entries: record.entries.filter((e) => e.unitId === unitId),
          adjustments: record.adjustments.filter((a) => a.unitId === unitId)
        },
        exportedAt
      })
    })
  }
  const api = getDesktopApi()
  if (files.length === 1) {
    const result = await api.file.save({
      kind: 'xlsx',
      suggestedName: files[0]!.name,
      bytes: files[0]!.bytes
    })
    if (!result.ok)
      return result.error.code === 'canceled' ? 'Chưa lưu phiếu chấm.' : result.error.message
    return result.value.method === 'dialog'
      ? `Đã xuất phiếu chấm ra tệp: ${result.value.path}`
      : `Đã xuất phiếu chấm; tệp “${result.value.path}” nằm trong thư mục Tải xuống.`
  }
  const result = await api.file.saveFolder({
    folderName: `Phiếu chấm điểm thi đua năm ${record.year.year}`,
    kind: 'xlsx',
    files
  })
  if (!result.ok)
    return result.error.code === 'canceled' ? 'Chưa lưu phiếu chấm.' : result.error.message
  return result.value.method === 'dialog'
    ? `Đã xuất ${result.value.count} phiếu chấm vào thư mục: ${result.value.path}`
    : `Đã xuất ${result.value.count} phiếu chấm trong tệp nén “${result.value.path}” (thư mục Tải xuống).`
}

/**
 * Reads dropped or chosen files as returned score sheets, checked against the year, in workers
 * side by side; a second workbook for the same unit is refused.
 */
export async function readReturnedSheets(
  data: ScoringData,
  files: File[]
): Promise<ImportResult[]> {
  const { refuseDuplicateUnits } = await import('@core/scoring/xlsx/import')
  const { record, rules } = data
  const context = {
    cluster: { id: record.cluster.id, name: record.cluster.name },
    year: record.year.year,
    units: record.year.memberUnitIds.map((id) => ({ id, name: data.unitName(id) })),
    rules: { step: rules.step },
    criteria: record.criteria
  }
  const results: Array<ImportResult | null> = []
  const requests: Array<{ at: number; name: string; bytes: Uint8Array; context: typeof context }> =
    []
  for (const file of files) {
    if (file.size > MAX_RETURNED_BYTES) {
      results.push({
        ok: false,
        fileName: file.name,
        issues: [`Tệp «${file.name}» quá lớn để là phiếu chấm (tối đa 20 MB), không đọc.`]
      })
      continue
    }
    requests.push({
      at: results.length,
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      context
    })
    results.push(null)
  }
  const makeWorker =
    typeof Worker === 'undefined'
      ? null
      : () => new Worker(new URL('./xlsx-read-worker.ts', import.meta.url), { type: 'module' })
  const read = await readInPool(
    requests.map(({ at: _at, ...request }) => request),
    makeWorker,
    navigator.hardwareConcurrency
  )
  requests.forEach((request, i) => (results[request.at] = read[i]!))
  return refuseDuplicateUnits(results as ImportResult[])
}
