import type { PactFacts } from '@core/documents/kinds/pact'
import { parseNumberVi } from '@core/text/numbers'
import type {
  Cluster,
  ClusterYear,
  Criterion,
  MemberUnit,
  Pact,
  PactSignatory,
  UnitPerson
} from '@core/model/entities'
import { newId } from '@core/model/ids'
import { criteriaTotals, flattenCommitments, type CriteriaTotals } from '@core/rules/pact'
import type { PactInput, PactRecord } from '../../db/repositories/pact-repo'
import { sameValue } from '../../lib/same-value'
import { itemLine, type CompareSpec } from '../../components/concurrency/compare'
import type { CommitmentRow } from './CommitmentTree'

/** A criterion as typed: its points are text until saved, so "12,5" and "" can be shown as typed. */
export type CriterionRow = Pick<
  Criterion,
  'id' | 'parentId' | 'order' | 'code' | 'text' | 'kind' | 'rule'
> & { points: string }

/** The pact as the secretary edits it: its text, commitments, criteria and signatories. */
export interface PactForm {
  title: string
  /** One căn cứ per line. */
  basis: string
  preamble: string
  immediateTask: string
  closing: string
  /** The declared total of the base points, as typed. */
  declared: string
  commitments: CommitmentRow[]
  criteria: CriterionRow[]
  signatories: PactSignatory[]
  witness: Pact['witness']
}

/** The kinds of a criterion row, with the words shown in the table. */
export const KIND_LABELS: Record<Criterion['kind'], string> = {
  group: 'Nhóm',
  base: 'Điểm chuẩn',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ'
}

/** Points as typed in Vietnamese ("12,5", "1.000"); blank is "no number", anything else NaN. */
export const parsePoints = parseNumberVi

const pointsText = (maxPoints: number | null) => (maxPoints === null ? '' : String(maxPoints))

/**
 * The form of a stored pact. The signatories come resolved (the year's leader first, then the
 * deputy, then the members), with names and titles filled from the units' people when blank.
 */
export function toPactForm(record: PactRecord, signatories: PactSignatory[]): PactForm {
  const { pact } = record
  return {
    title: pact.title,
    basis: pact.basis.join('\n'),
    preamble: pact.preamble,
    immediateTask: pact.immediateTask,
    closing: pact.closing,
    declared: pact.declaredTotal === null ? '' : String(pact.declaredTotal),
    commitments: record.commitments.map(({ id, parentId, order, text }) => ({
      id,
      parentId,
      order,
      text
    })),
    criteria: [...record.criteria]
      .sort((a, b) => a.order - b.order)
      .map((c) => ({
        id: c.id,
        parentId: c.parentId,
        order: c.order,
        code: c.code,
        text: c.text,
        kind: c.kind,
        rule: c.rule,
        points: pointsText(c.maxPoints)
      })),
    signatories: signatories.map(({ unitId, titleLines, name }) => ({ unitId, titleLines, name })),
    witness: pact.witness
  }
}

/** The criteria in table order with their points as numbers (NaN where the text is not one). */
export function criteriaOf(form: Pick<PactForm, 'criteria'>): PactInput['criteria'] {
  return form.criteria.map(({ points, ...c }, order) => ({
    ...c,
    order,
    maxPoints: c.kind === 'group' ? null : parsePoints(points)
  }))
}

/** The form as the repository's input; the repository validates and refuses with messages. */
export function toPactInput(form: PactForm): PactInput {
  return {
    pact: {
      title: form.title,
      basis: form.basis.split('\n'),
      preamble: form.preamble,
      immediateTask: form.immediateTask,
      closing: form.closing,
      declaredTotal: parsePoints(form.declared),
      signatories: form.signatories,
      witness: form.witness
    },
    commitments: commitmentsInListOrder(form.commitments),
    criteria: criteriaOf(form)
  }
}

/**
 * The commitments in the order the screen lists them, «Nội dung 1», «Nội dung 2»…: the
 * repository names a refused commitment by its place in what it is given («Nội dung 4: …»), which
 * must be the number the secretary sees beside it, not the place it happened to be added at.
 * A row whose parent is gone (never shown) goes last.
 */
export function commitmentsInListOrder<R extends PactForm['commitments'][number]>(rows: R[]): R[] {
  const place = new Map(flattenCommitments(rows).map((node, i) => [node.id, i]))
  const at = (id: string) => place.get(id) ?? Number.POSITIVE_INFINITY
  return [...rows].sort((a, b) => at(a.id) - at(b.id))
}

const finiteOr = <T>(value: number | null, fallback: T): number | null | T =>
  Number.isFinite(value ?? 0) ? value : fallback

/**
 * The totals shown under the criteria as they are typed: base, bonus and penalty points, the
 * declared total, and the difference between them (null when no total is declared).
 */
export function pointsSummary(form: Pick<PactForm, 'criteria' | 'declared'>): CriteriaTotals & {
  declared: number | null
  difference: number | null
} {
  const totals = criteriaTotals(
    criteriaOf(form).map((c) => ({ kind: c.kind, maxPoints: finiteOr(c.maxPoints, 0) }))
  )
  const declared = parsePoints(form.declared)
  return { ...totals, declared, difference: declared === null ? null : totals.base - declared }
}

/**
 * What the documents (the pact, the tracking table, the self-assessment form) are built from
 * while the form is edited: the stored pact with the typed text over it. Points that are not
 * numbers yet print as blank rather than "NaN".
 */
export function pactFactsOf(
  form: PactForm,
  stored: Pact,
  context: { cluster: Cluster; year: ClusterYear; units: MemberUnit[]; people: UnitPerson[] }
): PactFacts {
  const input = toPactInput(form)
  return {
    ...context,
    pact: {
      ...stored,
      ...input.pact,
      basis: input.pact.basis.filter((b) => b.trim()),
      declaredTotal: finiteOr(input.pact.declaredTotal, null)
    },
    commitments: form.commitments.map((c) => ({
      ...c,
      pactId: stored.id,
      createdAt: '',
      updatedAt: ''
    })),
    criteria: input.criteria.map((c) => ({
      ...c,
      pactId: stored.id,
      createdAt: '',
      updatedAt: '',
      maxPoints: finiteOr(c.maxPoints, null)
    }))
  }
}

/** A new empty row at the end of the criteria: a group heading or a base-point criterion. */
export function addCriterion(criteria: CriterionRow[], kind: 'group' | 'base'): CriterionRow[] {
  return [
    ...criteria,
    {
      id: newId(),
      parentId: '',
      order: criteria.length,
      code: '',
      text: '',
      kind,
      rule: '',
      points: ''
    }
  ]
}

/** Moves a criterion up (-1) or down (+1), staying inside the table. */
export function moveCriterion(
  criteria: CriterionRow[],
  index: number,
  delta: number
): CriterionRow[] {
  const next = [...criteria]
  const [item] = next.splice(index, 1)
  if (!item) return criteria
  next.splice(Math.max(0, Math.min(next.length, index + delta)), 0, item)
  return next
}

/** Last year's criteria appended as new rows (new ids: they belong to this pact). */
export function copyCriteria(criteria: CriterionRow[], previous: Criterion[]): CriterionRow[] {
  return [
    ...criteria,
    ...[...previous]
      .sort((a, b) => a.order - b.order)
      .map((c) => ({
        id: newId(),
        parentId: '',
        order: 0,
        code: c.code,
        text: c.text,
        kind: c.kind,
        rule: c.rule,
        points: pointsText(c.maxPoints)
      }))
  ]
}

/** The witness block offered when the pact is to be confirmed by the higher body. */
export function defaultWitness(cluster: Pick<Cluster, 'parentBody'>): NonNullable<Pact['witness']> {
  return {
    titleLines: [
      'XÁC NHẬN CỦA BAN THƯỜNG TRỰC',
      (cluster.parentBody || '').toLocaleUpperCase('vi')
    ].filter(Boolean),
    name: ''
  }
}

/**
 * The form's values named as the repository names its fields (`title`, `criteria.2.maxPoints`),
 * so a refused message can tell when the value it is about changed.
 */
export function pactFieldValues(form: PactForm): Record<string, unknown> {
  const input = toPactInput(form)
  return { ...input.pact, commitments: input.commitments, criteria: input.criteria }
}

/** The shape of the pact form's drafts; bump when `PactForm` changes. */
export const PACT_DRAFT_VERSION = 1

/** Whether the form holds something not saved yet. */
export function isDirty(form: PactForm, saved: PactForm): boolean {
  return !sameValue(form, saved)
}

/** How "So sánh" names the pact form's fields (the labels of the screen); units by name. */
export function pactCompareSpec(unitName: (unitId: string) => string): CompareSpec<PactForm> {
  return {
    title: 'Tiêu đề',
    basis: 'Căn cứ',
    preamble: 'Lời mở đầu',
    immediateTask: 'Nhiệm vụ trước mắt',
    closing: 'Đoạn kết',
    declared: 'Tổng điểm công bố',
    commitments: {
      label: 'Nội dung giao ước',
      items: (rows) =>
        rows.map((c, i) => ({ key: c.id, name: `mục ${i + 1}`, text: itemLine(c.text) }))
    },
    criteria: {
      label: 'Tiêu chí',
      items: (rows) =>
        rows.map((c, i) => ({
          key: c.id,
          name: c.code || `dòng ${i + 1}`,
          text: itemLine(c.text, KIND_LABELS[c.kind], c.points && `${c.points} điểm`)
        }))
    },
    signatories: {
      label: 'Người ký',
      items: (rows) =>
        rows.map((s) => ({
          key: s.unitId,
          name: unitName(s.unitId),
          text: itemLine(s.titleLines, s.name)
        }))
    },
    witness: {
      label: 'Chứng kiến',
      text: (w) => (w ? itemLine(...Object.values(w)) : '(không có)')
    }
  }
}
