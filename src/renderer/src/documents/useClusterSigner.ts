import { useState } from 'react'
import type { ClusterYear, UnitPerson } from '@core/model/entities'
import { useUnitPeople } from '../db/hooks'

/**
 * Who signs for the cluster unless the secretary types another name: the person the year names
 * as signing for the cụm trưởng (Năm thi đua), else the leading unit's serving chủ tịch, else
 * nobody (the field stays empty and the documents stay drafts).
 */
export function yearLeaderSignerName(
  year: Pick<ClusterYear, 'leaderUnitId' | 'leaderSignerId'>,
  leaderPeople: UnitPerson[] | undefined
): string {
  const people = (leaderPeople ?? []).filter((p) => p.unitId === year.leaderUnitId)
  const named = year.leaderSignerId ? people.find((p) => p.id === year.leaderSignerId) : undefined
  return (named ?? people.find((p) => p.role === 'chair' && !p.activeTo))?.fullName ?? ''
}

/**
 * The name under "CỤM TRƯỞNG" on a cluster's documents, shared by every tab that signs for the
 * cluster (Hồ sơ, the scoring's Văn bản): the year's signer until the secretary types another
 * name, which then stays even if the year's people change.
 */
export function useClusterSigner(
  year: Pick<ClusterYear, 'leaderUnitId' | 'leaderSignerId'>
): [string, (name: string) => void] {
  const leaderPeople = useUnitPeople(year.leaderUnitId || undefined)
  const [typed, setTyped] = useState<string | null>(null)
  return [typed ?? yearLeaderSignerName(year, leaderPeople), setTyped]
}
