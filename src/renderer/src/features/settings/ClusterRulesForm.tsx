import { useMemo, useState, type FormEvent } from 'react'
import type { Cluster, ClusterRules, MemberUnit } from '@core/model/entities'
import { ValidationError } from '@core/model/validation'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { FieldShell } from '../../components/FieldShell'
import { IssuesAlert } from '../../components/IssuesAlert'
import { SaveRefusalNote } from '../../components/SaveRefusalNote'
import { useFormIssues } from '../../components/useFormIssues'
import { sameValue } from '../../lib/same-value'
import {
  isDirty,
  rotationOrderOf,
  rulesFieldValues,
  toRulesForm,
  toRulesInput,
  type RulesForm
} from './cluster-rules-form'
import { RegisterSettingsPanel } from './RegisterSettingsPanel'
import { RotationOrderPanel } from './RotationOrderPanel'
import { VoteRulesPanel } from './VoteRulesPanel'
import './rules.css'

interface Props {
  cluster: Cluster
  units: MemberUnit[]
  onSubmit(rules: Partial<ClusterRules>, rotationOrder: string[]): Promise<void>
}

/**
 * The cluster's rules that later screens apply: the vote rule of each purpose, the score scale,
 * how documents are numbered, and the rotation order of the leading unit. Each message of a
 * refused save is shown beside its field.
 */
export function ClusterRulesForm({ cluster, units, onSubmit }: Props) {
  const [saved, setSaved] = useState<RulesForm>(() => toRulesForm(cluster))
  const [form, setForm] = useState(saved)
  // The order follows the cluster and its units as they load and change, until it is edited.
  const stored = rotationOrderOf(cluster, units)
  const [moved, setMoved] = useState<string[] | null>(null)
  const order = moved ?? stored
  const [status, setStatus] = useState('')
  const values = useMemo(() => rulesFieldValues(form), [form])
  const refused = useFormIssues(values)
  useUnsavedChanges(isDirty(form, saved) || (moved !== null && !sameValue(moved, stored)))
  const update = (change: (f: RulesForm) => RulesForm) => {
    setForm(change)
    setStatus('')
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input = toRulesInput(form)
    try {
      if (input.issues.length) throw new ValidationError(input.issues)
      await onSubmit(input.rules, order)
      setSaved(form)
      setMoved(null)
      refused.clear()
      setStatus('Đã lưu quy định.')
    } catch (error) {
      setStatus('')
      await refused.refuse(error)
    }
  }

  return (
    <form
      ref={refused.ref}
      className="form wide"
      onSubmit={submit}
      noValidate
      aria-label="Quy định của cụm"
    >
      <IssuesAlert issues={refused.issues} />
      <VoteRulesPanel form={form} update={update} errorOf={refused.errorOf} />
      <FieldShell
        label="Thang điểm chấm thi đua"
        field="rules.scoreScale"
        className="narrow-field"
        error={refused.errorOf('rules.scoreScale')}
        hint="Mặc định 100 điểm."
      >
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            value={form.scale}
            onChange={(e) => update((f) => ({ ...f, scale: e.target.value }))}
          />
        )}
      </FieldShell>
      <RegisterSettingsPanel form={form} update={update} errorOf={refused.errorOf} />
      <RotationOrderPanel
        order={order}
        stored={cluster.rotationOrder ?? []}
        units={units}
        onChange={(next) => (setMoved(next), setStatus(''))}
      />
      <div className="form-actions">
        <button type="submit" className="button primary">
          Lưu quy định
        </button>
        <span role="status" className="save-status">
          {status}
        </span>
      </div>
      <SaveRefusalNote refused={refused} />
    </form>
  )
}
