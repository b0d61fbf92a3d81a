import { useState, type FormEvent } from 'react'
import type { Cluster } from '@core/model/entities'
import { type FieldIssue, issuesFrom } from '@core/model/validation'
import { toUpperVietnamese } from '@core/text/normalize'
import { Field } from '../../components/Field'
import type { ClusterInput } from '../../db/repositories/clusters-repo'
import { IssuesAlert } from '../../components/IssuesAlert'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { sameValue } from '../../lib/same-value'

interface ClusterFormProps {
  initial?: Cluster
  submitLabel: string
  onSubmit(input: ClusterInput): Promise<void>
}

interface FormState {
  name: string
  parentBody: string
  headerLines: string
  issuerLine: string
  placeName: string
  symbol: string
  higherBody: string
}

function toState(cluster?: Cluster): FormState {
  return {
    name: cluster?.name ?? '',
    parentBody: cluster?.parentBody ?? '',
    headerLines: cluster?.headerLines.join('\n') ?? '',
    issuerLine: cluster?.issuerLine ?? '',
    placeName: cluster?.placeName ?? '',
    symbol: cluster?.symbol ?? '',
    higherBody: cluster?.higherBody ?? ''
  }
}

/**
 * The cluster's identity as it appears on every document: name, header lines, place name for the
 * date line, document symbol. Refused input is shown next to each field and in a summary; what was
 * saved before stays as it was.
 */
export function ClusterForm({ initial, submitLabel, onSubmit }: ClusterFormProps) {
  const [saved, setSaved] = useState<FormState>(() => toState(initial))
  const [form, setForm] = useState<FormState>(saved)
  useUnsavedChanges(!sameValue(form, saved))
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle')

  const set = (key: keyof FormState) => (value: string) => {
    setForm((current) => ({ ...current, [key]: value }))
    setStatus('idle')
  }
  const errorOf = (field: string) =>
    issues.find((issue) => issue.field === field || issue.field.startsWith(field + '.'))?.message

  async function submit(event: FormEvent) {
    event.preventDefault()
    setStatus('saving')
    try {
      await onSubmit({ ...form, headerLines: form.headerLines.split('\n') })
      setSaved(form)
      setIssues([])
      setStatus('saved')
    } catch (error) {
      setStatus('idle')
      setIssues(issuesFrom(error))
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Thông tin cụm thi đua">
      <IssuesAlert issues={issues} />
      <Field
        name="name"
        label="Tên cụm"
        required
        value={form.name}
        onChange={set('name')}
        error={errorOf('name')}
        placeholder="Cụm thi đua số 1"
      />
      <Field
        name="parentBody"
        label="Cơ quan chủ quản"
        value={form.parentBody}
        onChange={set('parentBody')}
        error={errorOf('parentBody')}
        placeholder="Ủy ban MTTQ Việt Nam thành phố Hà Nội"
      />
      <Field
        name="headerLines"
        label="Dòng tiêu đề phía trên tên cụm"
        multiline
        value={form.headerLines}
        onChange={set('headerLines')}
        error={errorOf('headerLines')}
        hint="Mỗi dòng một dòng, chữ in hoa, ví dụ: ỦY BAN MTTQ VIỆT NAM / THÀNH PHỐ HÀ NỘI."
      />
      <Field
        name="issuerLine"
        label="Dòng tên cụm trên tiêu đề văn bản"
        value={form.issuerLine}
        onChange={set('issuerLine')}
        error={errorOf('issuerLine')}
        hint={`Để trống để dùng tên cụm viết hoa: ${form.name ? toUpperVietnamese(form.name) : 'CỤM THI ĐUA SỐ …'}`}
      />
      <div className="field-row">
        <Field
          name="placeName"
          label="Địa danh ghi ở dòng ngày tháng"
          required
          value={form.placeName}
          onChange={set('placeName')}
          error={errorOf('placeName')}
          placeholder="Hà Nội"
        />
        <Field
          name="symbol"
          label="Ký hiệu văn bản của cụm"
          required
          value={form.symbol}
          onChange={set('symbol')}
          error={errorOf('symbol')}
          placeholder="CTĐ1"
          hint="Dùng trong số văn bản, ví dụ 05/BB-CTĐ1."
        />
      </div>
      <Field
        name="higherBody"
        label="Cơ quan cấp trên nhận văn bản"
        value={form.higherBody}
        onChange={set('higherBody')}
        error={errorOf('higherBody')}
        placeholder="Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội"
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={status === 'saving'}>
          {status === 'saving' ? 'Đang lưu…' : submitLabel}
        </button>
        <span role="status" className="save-status">
          {status === 'saved' ? 'Đã lưu.' : ''}
        </span>
      </div>
    </form>
  )
}
