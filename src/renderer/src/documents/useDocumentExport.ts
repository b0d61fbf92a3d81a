import { useCallback, useState } from 'react'
import { messageFrom } from '@core/model/validation'
import type { SaveFileResult } from '@shared/ipc/contract'

/** What an export action reports: the sentence to show and, when a file was written, where. */
export interface ExportReport {
  message: string
  saved?: SaveFileResult | null
}

/**
 * The state every document screen needs around "Xuất Word" and its companions: one action at a
 * time (`busy`), the sentence to show after it, and the last file saved (for "Mở tệp").
 * A refused action shows its reasons instead of failing silently, never an exception's own text.
 */
export function useDocumentExport() {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const [saved, setSaved] = useState<SaveFileResult | null>(null)
  const run = useCallback(async (action: () => Promise<ExportReport | string>) => {
    setBusy(true)
    setMessage('')
    try {
      const report = await action()
      const { message: text, saved: file } =
        typeof report === 'string' ? { message: report, saved: undefined } : report
      setMessage(text)
      if (file !== undefined) setSaved(file)
    } catch (error) {
      // A refusal says why; anything unforeseen is one plain sentence (details to the console).
      setMessage(messageFrom(error))
    } finally {
      setBusy(false)
    }
  }, [])
  return { busy, message, setMessage, saved, run }
}
