import { useState } from 'react'
import { createHashRouter, RouterProvider, type RouteObject } from 'react-router'
import type { OfficeDatabase } from '../db/database'
import { DatabaseProvider } from '../db/DatabaseContext'
import { SafetyProvider } from '../db/SafetyContext'
import { OverviewPage } from '../features/overview/OverviewPage'
import { ErrorBoundary, ScreenError } from './ErrorBoundary'
import { Layout } from './Layout'
import { restoreLastRoute } from './last-route'
import { ROUTES } from './routes'

/** The data router's routes: the route table under the window's frame. */
export function routeObjects(): RouteObject[] {
  return [
    {
      element: <Layout />,
      children: [
        {
          // A screen that fails shows the error in its place; the navigation stays usable.
          errorElement: <ScreenError />,
          children: [
            ...ROUTES.map(({ path, Screen }) => ({ path, element: <Screen /> })),
            { path: '*', element: <OverviewPage /> }
          ]
        }
      ]
    }
  ]
}

/**
 * The app: a data router over the address hash (moving between screens never loads a page,
 * which the main process forbids anyway; a data router is what lets a form hold the user back
 * with `useBlocker`), over the database given by the caller. It opens on the last screen shown
 * when the address has no screen of its own (a new start).
 */
export function App({
  db,
  safety = null
}: {
  db: OfficeDatabase
  safety?: Parameters<typeof SafetyProvider>[0]['value']
}) {
  const [router] = useState(() => {
    restoreLastRoute()
    return createHashRouter(routeObjects())
  })
  return (
    <ErrorBoundary>
      <DatabaseProvider db={db}>
        <SafetyProvider value={safety}>
          <RouterProvider router={router} />
        </SafetyProvider>
      </DatabaseProvider>
    </ErrorBoundary>
  )
}
