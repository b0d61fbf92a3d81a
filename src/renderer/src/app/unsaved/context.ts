import { createContext } from 'react'
import type { DirtyForms } from './dirty-forms'

/** The dirty forms of the window, given by `UnsavedChangesGuard`. */
export const DirtyFormsContext = createContext<DirtyForms | null>(null)
