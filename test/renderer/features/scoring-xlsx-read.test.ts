import { describe, expect, it, vi } from 'vitest'
import type { ImportResult } from '@core/scoring/xlsx/import'
import { refuseDuplicateUnits } from '@core/scoring/xlsx/import'
import { readInPool, workerCount } from '../../../src/renderer/src/features/scoring/xlsx-read'

/** A worker that answers each file after a delay that depends on its name, out of order. */
function fakeWorker(log: string[]) {
  const worker = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null,
    postMessage(request: { id: number; name: string }) {
      log.push(`read ${request.name}`)
      const delay = request.name.length % 3
      setTimeout(() => {
        const result: ImportResult = {
          ok: true,
          fileName: request.name,
          unitId: request.name.startsWith('a') ? 'u-a' : request.name,
          unitName: request.name,
          exportedAt: '',
          scores: { entries: [], items: [], signerName: '', signedOn: '' }
        }
        worker.onmessage?.({ data: { id: request.id, result } } as MessageEvent)
      }, delay)
    },
    terminate: vi.fn()
  }
  return worker
}

describe('reading returned workbooks side by side', () => {
  it('uses one worker per core, at most four, never more than the files', () => {
    expect(workerCount(30, 2)).toBe(2)
    expect(workerCount(30, 16)).toBe(4)
    expect(workerCount(1, 8)).toBe(1)
    expect(workerCount(5, 0)).toBe(2)
  })

  it('gives the results in the order of the files, reads each once, and stops its workers', async () => {
    const log: string[] = []
    const workers: Array<ReturnType<typeof fakeWorker>> = []
    const names = ['a1.xlsx', 'bb.xlsx', 'c.xlsx', 'dddd.xlsx', 'a2.xlsx']
    const results = await readInPool(
      names.map((name) => ({ name, bytes: new Uint8Array(1), context: {} as never })),
      () => {
        const w = fakeWorker(log)
        workers.push(w)
        return w as unknown as Worker
      },
      2
    )
    expect(results.map((r) => r.fileName)).toEqual(names)
    expect(log.sort()).toEqual(names.map((n) => `read ${n}`).sort())
    expect(workers).toHaveLength(2)
    expect(workers.every((w) => w.terminate.mock.calls.length === 1)).toBe(true)
    // Two workbooks of the same unit: the second is refused, naming the first.
    const checked = refuseDuplicateUnits(results)
    expect(checked.map((r) => r.ok)).toEqual([true, true, true, true, false])
    expect(!checked[4]!.ok && checked[4]!.issues[0]).toBe(
      'Tệp «a2.xlsx» và tệp «a1.xlsx» cùng là phiếu của a2.xlsx; chỉ nhập một tệp.'
    )
  })
})
