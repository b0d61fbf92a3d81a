import raw from './sample-cluster.json'
import { newId } from '../model/ids'
import { buildSampleCompositions } from './sample-documents'
import {
  attendanceSchema,
  clusterSchema,
  clusterYearSchema,
  guestSchema,
  meetingSchema,
  memberUnitSchema,
  pactCommitmentSchema,
  pactSchema,
  remarkSchema,
  type Attendance,
  type Cluster,
  type ClusterYear,
  type Composition,
  type Guest,
  type Meeting,
  type MeetingType,
  type MemberUnit,
  type Pact,
  type PactCommitment,
  type Remark
} from '../model/entities'

/** Rows of every table the built-in sample fills, ready to insert in one transaction. */
export interface SampleDataset {
  clusters: Cluster[]
  memberUnits: MemberUnit[]
  clusterYears: ClusterYear[]
  pacts: Pact[]
  pactCommitments: PactCommitment[]
  meetings: Meeting[]
  attendances: Attendance[]
  guests: Guest[]
  remarks: Remark[]
  compositions: Composition[]
}

interface RawCommitment {
  text: string
  children?: RawCommitment[]
}

const MEETING_TYPES: Record<string, MeetingType> = {
  'ky-ket-giao-uoc': 'pact-signing',
  'so-ket': 'mid-year-review',
  'tong-ket': 'year-end-review'
}

/**
 * Builds the sample cluster (Cụm thi đua số 1, Hà Nội, 2020 and 2024) as validated rows with fresh
 * ids. Everything comes from `sample-cluster.json`, a copy of the shared fixture shipped with the
 * app; person names no source gives stay empty rather than invented.
 */
export function buildSampleDataset(now: string, makeId: () => string = newId): SampleDataset {
  const stamp = { createdAt: now, updatedAt: now }
  const cluster = clusterSchema.parse({
    ...stamp,
    id: makeId(),
    name: raw.cluster.name,
    parentBody: raw.cluster.parentBody,
    headerLines: raw.cluster.headerLines,
    issuerLine: raw.cluster.issuerLine,
    placeName: raw.cluster.placeName,
    symbol: raw.cluster.symbol,
    higherBody: raw.cluster.higherBody,
    isSample: true
  })

  const unitIdByKey = new Map<string, string>()
  const memberUnits = raw.memberUnits.map((unit, index) => {
    const id = makeId()
    unitIdByKey.set(unit.key, id)
    return memberUnitSchema.parse({
      ...stamp,
      id,
      clusterId: cluster.id,
      name: unit.name,
      shortName: unit.shortName,
      headerLines: unit.headerLines,
      placeName: unit.placeName,
      activeTo: unit.activeTo,
      displayOrder: index + 1,
      sampleKey: unit.key
    })
  })
  cluster.rotationOrder = memberUnits.map((u) => u.id)
  const unitId = (key: string): string => {
    const id = unitIdByKey.get(key)
    if (!id) throw new Error(`Sample data names an unknown unit: ${key}`)
    return id
  }
  const nameOf = new Map(memberUnits.map((u) => [u.id, u.name]))

  const clusterYears = raw.years.map((year) =>
    clusterYearSchema.parse({
      ...stamp,
      id: makeId(),
      clusterId: cluster.id,
      year: year.year,
      memberUnitIds: year.members.map(unitId),
      leaderUnitId: unitId(year.leaderUnit),
      deputyUnitId: unitId(year.deputyUnit),
      unitNames: Object.fromEntries(
        year.members.map((key) => [unitId(key), nameOf.get(unitId(key))])
      ),
      note: 'note' in year ? year.note : ''
    })
  )
  const yearId = (year: number): string => {
    const found = clusterYears.find((y) => y.year === year)
    if (!found) throw new Error(`Sample data names an unknown year: ${year}`)
    return found.id
  }

  const meetings: Meeting[] = []
  const attendances: Attendance[] = []
  const guests: Guest[] = []
  const remarks: Remark[] = []
  for (const source of raw.meetings) {
    const meeting = meetingSchema.parse({
      ...stamp,
      id: makeId(),
      clusterYearId: yearId(source.year),
      type: MEETING_TYPES[source.type] ?? 'other',
      title: source.title,
      date: source.date,
      place: source.place,
      hostUnitId: unitId(source.hostUnit),
      timeOfDay: 'timeOfDay' in source ? source.timeOfDay : '',
      status: 'draft'
    })
    meetings.push(meeting)
    for (const key of source.attendingUnits) {
      attendances.push(
        attendanceSchema.parse({
          ...stamp,
          id: makeId(),
          meetingId: meeting.id,
          unitId: unitId(key),
          status: 'present'
        })
      )
    }
    const sourceGuests = ('guests' in source ? source.guests : undefined) ?? []
    sourceGuests.forEach((guest, order) =>
      guests.push(
        guestSchema.parse({
          ...stamp,
          id: makeId(),
          meetingId: meeting.id,
          order,
          name: guest.name,
          title: guest.title,
          role: guest.role
        })
      )
    )
    const sourceRemarks = ('remarks' in source ? source.remarks : undefined) ?? []
    sourceRemarks.forEach((remark, order) =>
      remarks.push(
        remarkSchema.parse({
          ...stamp,
          id: makeId(),
          meetingId: meeting.id,
          order,
          speakerName: remark.speaker,
          speakerPosition: sourceGuests.find((g) => g.name === remark.speaker)?.title ?? '',
          summary: remark.summary
        })
      )
    )
  }

  const pacts: Pact[] = []
  const pactCommitments: PactCommitment[] = []
  for (const source of raw.pacts) {
    const signingMeeting = meetings.find(
      (m) => m.type === 'pact-signing' && m.clusterYearId === yearId(source.year)
    )
    const pact = pactSchema.parse({
      ...stamp,
      id: makeId(),
      clusterYearId: yearId(source.year),
      title: source.title,
      status: 'signed',
      signedOn: source.signedOn,
      signingMeetingId: signingMeeting?.id ?? '',
      basis: source.basis,
      immediateTask: source.immediateTask
    })
    pacts.push(pact)
    const addCommitments = (items: RawCommitment[], parentId: string): void => {
      items.forEach((item, order) => {
        const row = pactCommitmentSchema.parse({
          ...stamp,
          id: makeId(),
          pactId: pact.id,
          parentId,
          order,
          text: item.text
        })
        pactCommitments.push(row)
        if (item.children) addCommitments(item.children, row.id)
      })
    }
    addCommitments(source.contents, '')
  }

  return {
    clusters: [cluster],
    memberUnits,
    clusterYears,
    pacts,
    pactCommitments,
    meetings,
    attendances,
    guests,
    remarks,
    compositions: buildSampleCompositions(cluster, now, makeId)
  }
}
