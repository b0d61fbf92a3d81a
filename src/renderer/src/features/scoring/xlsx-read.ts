import type { Criterion } from '@core/model/entities'
import { compileCriteria } from '@core/scoring/plan'
import type { ImportContext, ImportResult } from '@core/scoring/xlsx/import'

/** What a worker needs to read one returned workbook: the file and the year it must be for. */
export interface ReadRequest {
  id: number
  name: string
  bytes: Uint8Array
  context: Omit<ImportContext, 'plan'> & { criteria: Criterion[] }
}

/** Reads one returned workbook against the year (in a worker, or in this thread without one). */
export async function readReturnedWorkbook(request: ReadRequest): Promise<ImportResult> {
  const { readScoreSheetWorkbook } = await import('@core/scoring/xlsx/import')
  const { criteria, ...context } = request.context
  // The criteria travel as rows: the compiled plan holds a Map, and compiling it again gives the
  // same criteria version the workbook is checked against.
  return readScoreSheetWorkbook(request.name, request.bytes, {
    ...context,
    plan: compileCriteria(criteria)
  })
}

/** How many workers read side by side: one per core, the window's included, at most four. */
export function workerCount(files: number, cores: number): number {
  return Math.max(1, Math.min(files, 4, cores || 2))
}

/**
 * Reads every file in a small pool of workers (`makeWorker`), results in the order the files
 * came. Without workers (component tests) the files are read in this thread.
 */
export async function readInPool(
  requests: Array<Omit<ReadRequest, 'id'>>,
  makeWorker: (() => Worker) | null,
  cores: number
): Promise<ImportResult[]> {
  const results: ImportResult[] = new Array(requests.length)
  if (!makeWorker) {
    for (const [id, request] of requests.entries())
      results[id] = await readReturnedWorkbook({ ...request, id })
    return results
  }
  let next = 0
  const workers = Array.from({ length: workerCount(requests.length, cores) }, makeWorker)
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const id = next++
              if (id >= requests.length) return resolve()
              const request = { ...requests[id]!, id }
              worker.postMessage(request, [request.bytes.buffer as ArrayBuffer])
            }
            worker.onmessage = (event: MessageEvent<{ id: number; result: ImportResult }>) => {
              results[event.data.id] = event.data.result
              send()
            }
            worker.onerror = (event) => {
              event.preventDefault()
              reject(new Error(event.message || 'worker failed'))
            }
            send()
          })
      )
    )
  } finally {
    for (const worker of workers) worker.terminate()
  }
  return results
}
