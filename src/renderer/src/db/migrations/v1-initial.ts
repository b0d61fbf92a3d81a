/**
 * Version 1: every table of the data model (see `src/core/model/entities.ts`).
 *
 * Primary keys are string ids (`id`, or `key` for settings) and are never changed by a later
 * version. Compound unique indexes enforce what must be unique: one cluster year per cluster and
 * year, one pact per cluster year, one register number per cluster, year, type and number.
 * Released: never edit this object; add a new version file instead.
 */
export const v1Stores = {
  clusters: 'id',
  memberUnits: 'id, clusterId, sampleKey',
  unitPeople: 'id, unitId',
  clusterYears: 'id, clusterId, &[clusterId+year]',
  pacts: 'id, &clusterYearId',
  pactCommitments: 'id, pactId, parentId',
  criteria: 'id, pactId, parentId',
  scores: 'id, clusterYearId, criterionId, unitId, &[criterionId+unitId]',
  commitmentProgress: 'id, commitmentId, unitId, &[commitmentId+unitId]',
  meetings: 'id, clusterYearId, date, type',
  attendances: 'id, meetingId, unitId, &[meetingId+unitId]',
  guests: 'id, meetingId',
  remarks: 'id, meetingId',
  votes: 'id, meetingId',
  minutes: 'id, meetingId',
  documents: 'id, [clusterId+year], &[clusterId+year+typeCode+number], sourceId',
  settings: 'key',
  auditLog: 'id, at, [table+entityId]'
} as const
