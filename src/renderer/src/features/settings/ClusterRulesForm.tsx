import { useState, type FormEvent } from 'react'
import {
  clusterRulesSchema,
  type Cluster,
  type ClusterRules,
  type MemberUnit
} from '@core/model/entities'
import { ValidationError, type FieldIssue } from '@core/model/validation'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { sameValue } from '../../lib/same-value'

const DEFAULTS = clusterRulesSchema.parse({})

interface Props {
  cluster: Cluster
  units: MemberUnit[]
  onSubmit(rules: Partial<ClusterRules>, rotationOrder: string[]): Promise<void>
}

/**
 * The cluster's rules that later screens apply (votes, ties, score scale) and the rotation order
 * of the leading unit. Each default is marked, because these differ between clusters.
 */
export function ClusterRulesForm({ cluster, units, onSubmit }: Props) {
  const [threshold, setThreshold] = useState(String(cluster.rules.voteThresholdPercent))
  const [strict, setStrict] = useState(cluster.rules.voteThresholdStrict)
  const [denominator, setDenominator] = useState(cluster.rules.voteDenominator)
  const [tieRule, setTieRule] = useState(cluster.rules.tieRule)
  const [scale, setScale] = useState(String(cluster.rules.scoreScale))
  const known = new Set(units.map((u) => u.id))
  const [order, setOrder] = useState<string[]>(() => [
    ...(cluster.rotationOrder ?? []).filter((id) => known.has(id)),
    ...units.map((u) => u.id).filter((id) => !(cluster.rotationOrder ?? []).includes(id))
  ])
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [saved, setSaved] = useState(false)
  const current = { threshold, strict, denominator, tieRule, scale, order }
  const [stored, setStored] = useState(current)
  useUnsavedChanges(!sameValue(current, stored))
  const nameOf = (id: string) =>
    units.find((u) => u.id === id)?.shortName || units.find((u) => u.id === id)?.name || id
  const move = (index: number, delta: number) =>
    setOrder((list) => {
      const next = [...list]
      const [item] = next.splice(index, 1)
      next.splice(index + delta, 0, item!)
      return next
    })
  const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')))

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      await onSubmit(
        {
          voteThresholdPercent: num(threshold),
          voteThresholdStrict: strict,
          voteDenominator: denominator,
          tieRule,
          scoreScale: num(scale)
        },
        order
      )
      setStored(current)
      setIssues([])
      setSaved(true)
    } catch (error) {
      setSaved(false)
      if (error instanceof ValidationError) setIssues(error.issues)
      else throw error
    }
  }

  return (
    <form className="form wide" onSubmit={submit} noValidate aria-label="Quy định của cụm">
      {issues.length > 0 ? (
        <div role="alert" className="alert error">
          <ul>
            {issues.map((i) => (
              <li key={i.field + i.message}>{i.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor="rule-threshold">Tỷ lệ biểu quyết thông qua (%)</label>
          <input
            id="rule-threshold"
            inputMode="decimal"
            value={threshold}
            onChange={(e) => setThreshold(e.target.value)}
            aria-describedby="rule-threshold-hint"
          />
          <p id="rule-threshold-hint" className="field-hint">
            Mặc định {DEFAULTS.voteThresholdPercent}%.
          </p>
        </div>
        <div className="field">
          <label htmlFor="rule-denominator">Tính trên</label>
          <select
            id="rule-denominator"
            value={denominator}
            onChange={(e) => setDenominator(e.target.value as ClusterRules['voteDenominator'])}
          >
            <option value="members">Tổng số đơn vị thành viên (mặc định)</option>
            <option value="present">Số đơn vị có mặt</option>
            <option value="valid-ballots">Số phiếu hợp lệ</option>
          </select>
        </div>
      </div>
      <label className="check">
        <input type="checkbox" checked={strict} onChange={(e) => setStrict(e.target.checked)} />{' '}
        Phải vượt quá tỷ lệ (“trên 50%”), không chỉ bằng (mặc định)
      </label>
      <div className="field-row">
        <div className="field">
          <label htmlFor="rule-tie">Khi bằng phiếu</label>
          <select
            id="rule-tie"
            value={tieRule}
            onChange={(e) => setTieRule(e.target.value as ClusterRules['tieRule'])}
          >
            <option value="revote">Biểu quyết lại (mặc định)</option>
            <option value="chair-decides">Chủ trì quyết định</option>
            <option value="higher-score">Đơn vị có điểm cao hơn</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="rule-scale">Thang điểm</label>
          <input
            id="rule-scale"
            inputMode="decimal"
            value={scale}
            onChange={(e) => setScale(e.target.value)}
            aria-describedby="rule-scale-hint"
          />
          <p id="rule-scale-hint" className="field-hint">
            Mặc định {DEFAULTS.scoreScale} điểm.
          </p>
        </div>
      </div>
      <fieldset className="people">
        <legend>Thứ tự luân phiên cụm trưởng</legend>
        <ol className="order-list">
          {order.map((id, i) => (
            <li key={id}>
              <span>
                {i + 1}. {nameOf(id)}
              </span>
              <button
                type="button"
                className="button small"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={`Đưa ${nameOf(id)} lên`}
              >
                ↑
              </button>
              <button
                type="button"
                className="button small"
                disabled={i === order.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`Đưa ${nameOf(id)} xuống`}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary">
          Lưu quy định
        </button>
        <span role="status" className="save-status">
          {saved ? 'Đã lưu quy định.' : ''}
        </span>
      </div>
    </form>
  )
}
