import { useCallback, useMemo } from 'react'
import type { IssuedNumber } from '@core/documents/kinds/common'
import type { ClusterYear, DocumentRecord, MemberUnit } from '@core/model/entities'
import type { PreviousPact } from '../../db/queries/pact-screen'
import type { PactText } from './PactTextPanel'
import type { PactForm } from './pact-form'

/**
 * What the pact editor hands its panels, each kept from one render to the next while what it is
 * made of stays the same, so that a panel redraws only for its own changes: typing in the text
 * leaves the criteria, the 300 signatories and the tracking table alone.
 */
export function usePactParts(input: {
  form: PactForm
  year: ClusterYear
  units: MemberUnit[]
  /** The signing units in signing order, with their names. */
  resolved: Array<{ unitId: string; unitName: string }>
  previous: PreviousPact | null
  entry: DocumentRecord | null
}) {
  const { form, year, units, resolved, previous, entry } = input
  const unitNames = useMemo(() => new Map(units.map((u) => [u.id, u.name])), [units])
  /** A unit's name as it was that year. */
  const unitNameOf = useCallback(
    (id: string) => year.unitNames[id] ?? unitNames.get(id) ?? id,
    [year, unitNames]
  )
  const signerNames = useMemo(
    () => new Map(resolved.map((r) => [r.unitId, r.unitName])),
    [resolved]
  )
  const signerNameOf = useCallback((id: string) => signerNames.get(id) ?? id, [signerNames])
  const previousCriteria = useMemo(
    () =>
      previous?.record ? { year: previous.year.year, criteria: previous.record.criteria } : null,
    [previous]
  )
  const { title, basis, preamble, immediateTask, closing, commitments } = form
  const text = useMemo<PactText>(
    () => ({ title, basis, preamble, immediateTask, closing, commitments }),
    [title, basis, preamble, immediateTask, closing, commitments]
  )
  const issued = useMemo<IssuedNumber | null>(
    () =>
      entry && entry.status !== 'voided'
        ? { number: entry.number, typeCode: entry.typeCode, issuedOn: entry.issuedOn }
        : null,
    [entry]
  )
  return { unitNameOf, signerNameOf, previousCriteria, text, issued }
}
