import { HashRouter, Route, Routes } from 'react-router'
import type { OfficeDatabase } from '../db/database'
import { DatabaseProvider } from '../db/DatabaseContext'
import { SafetyProvider } from '../db/SafetyContext'
import { BackupPage } from '../features/backup/BackupPage'
import { ComingSoonPage } from '../features/coming-soon/ComingSoonPage'
import { OverviewPage } from '../features/overview/OverviewPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { DocumentsPage } from '../features/documents/DocumentsPage'
import { PactPage } from '../features/pact/PactPage'
import { MeetingsPage } from '../features/meetings/MeetingsPage'
import { MeetingEditorRoute } from '../features/meetings/MeetingEditor'
import { MemberUnitsPage } from '../features/member-units/MemberUnitsPage'
import { MemberUnitEditorRoute } from '../features/member-units/MemberUnitEditor'
import { ClusterYearsPage } from '../features/cluster-years/ClusterYearsPage'
import { ClusterYearEditorRoute } from '../features/cluster-years/ClusterYearEditor'
import { CompositionEditorRoute } from '../features/documents/CompositionEditor'
import { ErrorBoundary } from './ErrorBoundary'
import { Layout } from './Layout'
import { SECTIONS } from './sections'

/**
 * The app: a hash router (moving between screens never loads a page, which the main process
 * forbids anyway) over the database given by the caller.
 */
export function App({
  db,
  safety = null
}: {
  db: OfficeDatabase
  safety?: Parameters<typeof SafetyProvider>[0]['value']
}) {
  return (
    <ErrorBoundary>
      <DatabaseProvider db={db}>
        <SafetyProvider value={safety}>
          <HashRouter>
            <Routes>
              <Route element={<Layout />}>
                <Route index element={<OverviewPage />} />
                <Route path="/sao-luu" element={<BackupPage />} />
                <Route path="/cai-dat" element={<SettingsPage />} />
                <Route path="/don-vi" element={<MemberUnitsPage />} />
                <Route path="/don-vi/moi" element={<MemberUnitEditorRoute />} />
                <Route path="/don-vi/:id" element={<MemberUnitEditorRoute />} />
                <Route path="/nam-thi-dua" element={<ClusterYearsPage />} />
                <Route path="/nam-thi-dua/moi" element={<ClusterYearEditorRoute />} />
                <Route path="/nam-thi-dua/:id" element={<ClusterYearEditorRoute />} />
                <Route path="/giao-uoc" element={<PactPage />} />
                <Route path="/hoi-nghi" element={<MeetingsPage />} />
                <Route path="/hoi-nghi/moi" element={<MeetingEditorRoute />} />
                <Route path="/hoi-nghi/:id" element={<MeetingEditorRoute />} />
                <Route path="/van-ban" element={<DocumentsPage />} />
                <Route path="/van-ban/moi/:kind" element={<CompositionEditorRoute />} />
                <Route path="/van-ban/:id" element={<CompositionEditorRoute />} />
                {SECTIONS.filter((s) => s.comingSoon).map((section) => (
                  <Route
                    key={section.path}
                    path={section.path}
                    element={<ComingSoonPage section={section} />}
                  />
                ))}
                <Route path="*" element={<OverviewPage />} />
              </Route>
            </Routes>
          </HashRouter>
        </SafetyProvider>
      </DatabaseProvider>
    </ErrorBoundary>
  )
}
