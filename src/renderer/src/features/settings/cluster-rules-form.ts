import {
  VOTE_PURPOSES,
  type Cluster,
  type ClusterRules,
  type MemberUnit,
  type RegisterSettings,
  type VotePurpose,
  type VoteRule
} from '@core/model/entities'
import { parseNumberVi } from '@core/text/numbers'
import type { FieldIssue } from '@core/model/validation'
import {
  clusterVoteRule,
  fractionFromPercent,
  thresholdFraction,
  thresholdWords
} from '@core/rules/votes'
import { formatDateVi } from '@core/text/dates'
import { sameValue } from '../../lib/same-value'

/** A vote rule as typed in Cài đặt: the threshold is text ("1/2", "2/3", "80%"). */
export interface VoteRuleRow {
  threshold: string
  comparison: VoteRule['comparison']
  denominator: VoteRule['denominator']
  electorBasis: VoteRule['electorBasis']
  tieRule: VoteRule['tieRule']
  basis: string
}

/** The cluster's rules as the form edits them. */
export interface RulesForm {
  voteRules: Record<VotePurpose, VoteRuleRow>
  scale: string
  series: RegisterSettings['series']
  pactNumbering: RegisterSettings['pactNumbering']
  pactTypeCode: string
}

const rowOf = (rule: VoteRule): VoteRuleRow => ({
  threshold: thresholdFraction(rule).replace('.', ','),
  comparison: rule.comparison,
  denominator: rule.denominator,
  electorBasis: rule.electorBasis,
  tieRule: rule.tieRule,
  basis: rule.basis
})

/**
 * The rotation order shown and saved: the stored order of the units the cluster has, then the
 * units not in it yet (those that joined later) in the order of the unit list.
 */
export function rotationOrderOf(cluster: Pick<Cluster, 'rotationOrder'>, units: MemberUnit[]) {
  const known = new Set(units.map((u) => u.id))
  const stored = (cluster.rotationOrder ?? []).filter((id) => known.has(id))
  return [...stored, ...units.map((u) => u.id).filter((id) => !stored.includes(id))]
}

/** The form of a cluster's rules: every purpose with its own rule or the cluster's default one. */
export function toRulesForm(cluster: Cluster): RulesForm {
  const register = cluster.rules.register
  return {
    voteRules: Object.fromEntries(
      VOTE_PURPOSES.map((p) => [p, rowOf(clusterVoteRule(cluster.rules, p))])
    ) as Record<VotePurpose, VoteRuleRow>,
    scale: String(cluster.rules.scoreScale).replace('.', ','),
    series: register.series,
    pactNumbering: register.pactNumbering,
    pactTypeCode: register.pactTypeCode
  }
}

/**
 * A threshold as the Quy chế writes it: a fraction ("1/2", "2/3", "4/5") or a percentage ("80%",
 * "80", "66,67%" — a third read back as 2/3). Null when it is neither or not between 0 and 100 %.
 */
export function parseThreshold(text: string): { num: number; den: number } | null {
  const t = text.trim().replace(/\s+/g, '')
  const fraction = /^(\d{1,4})\/(\d{1,4})$/.exec(t)
  if (fraction) {
    const [num, den] = [Number(fraction[1]), Number(fraction[2])]
    return num > 0 && den > 0 && num <= den && den <= 1000 ? { num, den } : null
  }
  const percent = /^(\d{1,3}(?:[.,]\d{1,2})?)%?$/.exec(t)
  if (!percent) return null
  const value = Number(percent[1]!.replace(',', '.'))
  return value > 0 && value <= 100 ? fractionFromPercent(value) : null
}

/** "từ 80% trở lên", "quá 1/2": the rule of a row as it reads, or '' while it is not valid. */
export function ruleWords(row: VoteRuleRow): string {
  const t = parseThreshold(row.threshold)
  if (!t) return ''
  return thresholdWords({ ...toRule(row, t) })
}

function toRule(row: VoteRuleRow, t: { num: number; den: number }): VoteRule {
  return {
    electorBasis: row.electorBasis,
    denominator: row.denominator,
    thresholdNum: t.num,
    thresholdDen: t.den,
    comparison: row.comparison,
    tieRule: row.tieRule,
    basis: row.basis
  }
}

const number = (text: string) => parseNumberVi(text) ?? Number.NaN

/**
 * The rules to save and what the form itself refuses first (a threshold that is not a fraction or
 * a percentage), each with the repository's field path so it shows beside its field.
 */
export function toRulesInput(form: RulesForm): {
  rules: Partial<ClusterRules>
  issues: FieldIssue[]
} {
  const issues: FieldIssue[] = []
  const voteRules: Partial<Record<VotePurpose, VoteRule>> = {}
  for (const purpose of VOTE_PURPOSES) {
    const row = form.voteRules[purpose]
    const t = parseThreshold(row.threshold)
    if (!t) {
      issues.push({
        field: `rules.voteRules.${purpose}.thresholdNum`,
        message: `Tỷ lệ cần đạt “${row.threshold}”: hãy viết dạng phân số (1/2, 2/3) hoặc phần trăm (80%), không quá 100%.`
      })
    }
    voteRules[purpose] = toRule(row, t ?? { num: Number.NaN, den: 1 })
  }
  return {
    rules: {
      voteRules,
      scoreScale: number(form.scale),
      register: {
        series: form.series,
        pactNumbering: form.pactNumbering,
        pactTypeCode: form.pactTypeCode
      }
    },
    issues
  }
}

/**
 * The form's values named as the repository names its fields (`rules.voteRules.flag.thresholdNum`),
 * so a refused message goes as soon as what it is about is changed. A threshold's message is about
 * the text typed; the comparison's ("trên 100%") about the whole rule.
 */
export function rulesFieldValues(form: RulesForm) {
  return {
    rules: {
      voteRules: Object.fromEntries(
        VOTE_PURPOSES.map((p) => {
          const row = form.voteRules[p]
          return [
            p,
            { ...row, thresholdNum: row.threshold, thresholdDen: row.threshold, comparison: row }
          ]
        })
      ),
      scoreScale: form.scale,
      register: {
        series: form.series,
        pactNumbering: form.pactNumbering,
        pactTypeCode: form.pactTypeCode
      }
    }
  }
}

/** Moves a unit up (-1) or down (+1) in the rotation order, staying inside it. */
export function moveInOrder(order: string[], index: number, delta: number): string[] {
  const to = index + delta
  if (to < 0 || to >= order.length) return order
  const next = [...order]
  const [item] = next.splice(index, 1)
  next.splice(to, 0, item!)
  return next
}

/**
 * What the rotation list says beside a unit: when it left the cluster, or that it joined after
 * the order was set (it was put at the end).
 */
export function orderNote(
  unit: MemberUnit | undefined,
  stored: ReadonlySet<string>,
  today: string
): string {
  if (!unit) return ''
  if (unit.activeTo && unit.activeTo < today)
    return `đã thôi tham gia từ ${formatDateVi(unit.activeTo)}; bỏ qua khi luân phiên`
  if (!stored.has(unit.id)) return 'tham gia sau, được thêm vào cuối'
  return ''
}

/** Whether the form differs from what is saved. */
export function isDirty(form: RulesForm, saved: RulesForm): boolean {
  return !sameValue(form, saved)
}
