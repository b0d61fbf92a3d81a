import { useState } from 'react'
import type { AwardDossier } from '@core/awards/model'
import { issuesFrom, type FieldIssue } from '@core/model/validation'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { useSaveGuard } from '../../components/concurrency/useSaveGuard'
import { NOT_STORED } from '../../db/concurrency'
import { useDatabase } from '../../db/DatabaseContext'
import { saveClusterReport } from '../../db/repositories/awards-repo'
import { isReportDirty, reportFormOf, type ClusterReportForm } from './cluster-report-form'

/**
 * The Báo cáo tổng kết's texts as a guarded form: typed on the Hồ sơ tab, kept from being lost
 * on leaving (unsaved-changes guard), and saved only over the version it started from.
 */
export function useClusterReport(
  clusterYearId: string,
  dossier: AwardDossier | null | undefined,
  recipientBody: string
) {
  const db = useDatabase()
  const [form, setForm] = useState<ClusterReportForm>(() => reportFormOf(dossier))
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [status, setStatus] = useState('')
  // What this form last saved: until the live dossier is read back, the texts just saved are not
  // "unsaved edits" (no flash of an enabled save, no leave prompt for work already stored).
  const [savedTexts, setSavedTexts] = useState<ClusterReportForm | null>(null)
  const guard = useSaveGuard(dossier ? { updatedAt: dossier.updatedAt } : undefined)
  const dirty =
    isReportDirty(form, dossier) && (savedTexts === null || isReportDirty(form, savedTexts))
  useUnsavedChanges(dirty)

  const set = (patch: Partial<ClusterReportForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    setStatus('')
  }

  /** Saves the texts; false (with the reason shown) when refused. */
  const save = async (): Promise<boolean> => {
    setIssues([])
    try {
      const saved = await saveClusterReport(
        db,
        clusterYearId,
        { ...form, recipientBody },
        guard.base() ?? { updatedAt: NOT_STORED }
      )
      guard.accept({ updatedAt: saved.updatedAt })
      setForm(reportFormOf(saved))
      setSavedTexts(reportFormOf(saved))
      setStatus('Đã lưu nội dung báo cáo tổng kết.')
      return true
    } catch (error) {
      if (!guard.refuse(error)) setIssues(issuesFrom(error))
      return false
    }
  }

  const reload = () => {
    setForm(reportFormOf(dossier))
    setSavedTexts(null)
    if (dossier) guard.accept({ updatedAt: dossier.updatedAt })
    setIssues([])
  }

  return { form, set, dirty, guard, save, reload, issues, status }
}

export type ClusterReportState = ReturnType<typeof useClusterReport>
