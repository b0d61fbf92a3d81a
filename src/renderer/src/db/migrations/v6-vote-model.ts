import type { Transaction } from 'dexie'
// Relative imports: the schema steps are also read by tests run without the path aliases.
import { documentSymbol } from '../../../../core/documents/kinds/common'
import {
  clusterRulesSchema,
  registerSettingsSchema,
  voteSchema,
  type Attendance
} from '../../../../core/model/entities'
import { nowIso } from '../../../../core/model/ids'
import { summarizeAttendance } from '../../../../core/rules/meetings'
import { checkVoteFigures, legacyVoteRule } from '../../../../core/rules/votes'

/**
 * Version 6 (issue 10: right numbers, right dates, no lost work).
 *
 * - New table `drafts`: typed work not saved yet, one per form and record.
 * - Clusters: `rules.voteRules` (rules per vote purpose, none set: the old single rule stays the
 *   default) and `rules.register` (one series per type, pacts unnumbered: what the app did).
 * - Register entries: `status: 'issued'`, their "số, ký hiệu" (`05/BB-CTĐ1`, left empty before)
 *   and the empty columns of the Sổ đăng ký văn bản đi.
 * - Pacts: no register entry (`documentId: ''`).
 * - Votes: purpose `other`, no written opinions, presence from attendance, and a copy of the rule
 *   they were taken under — the cluster's single rule, the only one there was. Their figures are
 *   then checked as a new vote would be; a vote whose figures contradict each other (or do not add
 *   up) is flagged `needsReview` with the reasons, for the secretary. Its figures are never changed.
 */
export const v6Stores = {
  drafts: 'key, form, clusterId, savedAt'
} as const

interface Row {
  id: string
  [key: string]: unknown
}

export async function v6Upgrade(tx: Transaction): Promise<void> {
  const flaggedAt = nowIso()
  const clusters = new Map<string, Row>()
  await tx
    .table('clusters')
    .toCollection()
    .modify((cluster: Row & { rules?: Record<string, unknown> }) => {
      const rules = (cluster.rules ??= {})
      if (rules['voteRules'] === undefined) rules['voteRules'] = {}
      if (rules['register'] === undefined) rules['register'] = registerSettingsSchema.parse({})
      clusters.set(cluster.id, cluster)
    })
  await tx
    .table('documents')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      const defaults = { status: 'issued', voidReason: '', voidedAt: '', signer: '' }
      for (const [key, value] of Object.entries({ ...defaults, recipients: '', note: '' }))
        if (row[key] === undefined) row[key] = value
      if (row['copies'] === undefined) row['copies'] = 0
      // Entries were stored without their "số, ký hiệu"; the register book prints it.
      const cluster = clusters.get(String(row['clusterId']))
      if (!row['symbol'] && cluster && typeof row['number'] === 'number')
        row['symbol'] = documentSymbol(
          row['number'],
          String(row['typeCode'] ?? ''),
          String(cluster['symbol'] ?? '')
        )
    })
  await tx
    .table('pacts')
    .toCollection()
    .modify((pact: Record<string, unknown>) => {
      if (pact['documentId'] === undefined) pact['documentId'] = ''
    })

  const meetings = new Map<string, Row>(
    ((await tx.table('meetings').toArray()) as Row[]).map((m) => [m.id, m])
  )
  const years = new Map<string, Row>(
    ((await tx.table('clusterYears').toArray()) as Row[]).map((y) => [y.id, y])
  )
  const attendances = (await tx.table('attendances').toArray()) as Array<
    Row & { meetingId: string }
  >
  const votes = (await tx.table('votes').toArray()) as Array<Row & { meetingId: string }>
  const order = new Map<string, Array<Row & { meetingId: string }>>()
  for (const vote of votes) order.set(vote.meetingId, [...(order.get(vote.meetingId) ?? []), vote])
  for (const list of order.values())
    list.sort((a, b) => Number(a['order'] ?? 0) - Number(b['order'] ?? 0))

  for (const vote of votes) {
    if (vote['rule'] !== undefined && vote['needsReview'] !== undefined) continue
    const meeting = meetings.get(vote.meetingId)
    const year = meeting ? years.get(String(meeting['clusterYearId'])) : undefined
    const cluster = year ? clusters.get(String(year['clusterId'])) : undefined
    const rules = clusterRulesSchema.parse(cluster?.['rules'] ?? {})
    const upgraded = {
      ...vote,
      purpose: vote['purpose'] ?? 'other',
      writtenOpinions: vote['writtenOpinions'] ?? 0,
      present: vote['present'] ?? null,
      rule: vote['rule'] ?? legacyVoteRule(rules),
      needsReview: null
    }
    const parsed = voteSchema.safeParse(upgraded)
    const reasons: string[] = []
    if (!parsed.success) reasons.push(...parsed.error.issues.map((i) => i.message))
    else if (year) {
      const memberUnitIds = (year['memberUnitIds'] as string[] | undefined) ?? []
      const summary = summarizeAttendance(
        memberUnitIds,
        attendances.filter((a) => a.meetingId === vote.meetingId) as unknown as Attendance[]
      )
      const index = (order.get(vote.meetingId) ?? []).indexOf(vote)
      const prefix = `Biểu quyết ${index + 1} (“${parsed.data.subject}”): `
      for (const issue of checkVoteFigures(parsed.data, parsed.data.rule!, summary, index))
        reasons.push(
          issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message
        )
    }
    await tx.table('votes').put({
      ...upgraded,
      needsReview: reasons.length ? { reason: reasons.join(' '), flaggedAt } : null
    })
  }
}
