import type { Transaction } from 'dexie'

/**
 * Version 8 (issue 15: bình xét and the award dossier).
 *
 * - New tables: `ballots` (a ballot paper per round: sections, candidates, marking, validity
 *   rules, electors), `ballotCounts` (one per ballot: the Ban kiểm phiếu, the papers issued and
 *   returned, the two entries of the tallies, reconciliations, tie decisions, sealing),
 *   `awardTypes` (the cluster's award catalogue), `awardProposals` (per unit and award of a year,
 *   with acknowledged warnings and the higher level's decision), `pastAwards` (award history),
 *   `unitLineageEvents` (renames and mergers a unit's history follows) and `awardDossiers` (one
 *   per cluster year).
 * - Cluster years gain `leadingUnitId`: the unit the suy tôn chose. No vote was counted before
 *   this version, so every stored year gets `null` (not decided); nothing is guessed.
 */
export const v8Stores = {
  ballots: 'id, clusterYearId, parentBallotId',
  ballotCounts: 'id, &ballotId',
  awardTypes: 'id, clusterId',
  awardProposals: 'id, clusterYearId, unitId, awardTypeId',
  pastAwards: 'id, unitId, proposalId',
  unitLineageEvents: 'id, clusterId',
  awardDossiers: 'id, &clusterYearId'
} as const

export async function v8Upgrade(tx: Transaction): Promise<void> {
  await tx
    .table('clusterYears')
    .toCollection()
    .modify((year: { leadingUnitId?: unknown }) => {
      if (year.leadingUnitId === undefined) year.leadingUnitId = null
    })
}
