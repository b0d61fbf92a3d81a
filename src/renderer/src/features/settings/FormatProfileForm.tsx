import { useState, type FormEvent } from 'react'
import { DEFAULT_PROFILE, type FormatProfile } from '@core/documents/profile'
import { issuesFrom, type FieldIssue } from '@core/model/validation'
import { IssuesAlert } from '../../components/IssuesAlert'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { sameValue } from '../../lib/same-value'

interface NumberFieldSpec {
  key: keyof FormatProfile
  label: string
  unit: string
  min: number
  max: number
  step: number
}

/** The adjustable values, each with the range Nghị định 30/2020 allows. */
export const FIELDS: NumberFieldSpec[] = [
  { key: 'marginTopMm', label: 'Lề trên', unit: 'mm', min: 20, max: 25, step: 1 },
  { key: 'marginBottomMm', label: 'Lề dưới', unit: 'mm', min: 20, max: 25, step: 1 },
  { key: 'marginLeftMm', label: 'Lề trái', unit: 'mm', min: 30, max: 35, step: 1 },
  { key: 'marginRightMm', label: 'Lề phải', unit: 'mm', min: 15, max: 20, step: 1 },
  { key: 'nationalTitlePt', label: 'Cỡ chữ Quốc hiệu', unit: 'pt', min: 12, max: 13, step: 0.5 },
  { key: 'mottoPt', label: 'Cỡ chữ Tiêu ngữ', unit: 'pt', min: 13, max: 14, step: 0.5 },
  { key: 'issuerPt', label: 'Cỡ chữ tên cơ quan', unit: 'pt', min: 12, max: 13, step: 0.5 },
  {
    key: 'placeDatePt',
    label: 'Cỡ chữ địa danh, ngày tháng',
    unit: 'pt',
    min: 13,
    max: 14,
    step: 0.5
  },
  { key: 'bodyPt', label: 'Cỡ chữ nội dung', unit: 'pt', min: 13, max: 14, step: 0.5 },
  { key: 'signaturePt', label: 'Cỡ chữ phần ký', unit: 'pt', min: 13, max: 14, step: 0.5 },
  { key: 'tablePt', label: 'Cỡ chữ trong bảng', unit: 'pt', min: 11, max: 14, step: 0.5 },
  { key: 'pageNumberPt', label: 'Cỡ chữ số trang', unit: 'pt', min: 13, max: 14, step: 0.5 },
  { key: 'lineSpacing', label: 'Giãn dòng', unit: 'dòng', min: 1, max: 1.5, step: 0.05 },
  { key: 'paragraphAfterPt', label: 'Khoảng cách sau đoạn', unit: 'pt', min: 6, max: 12, step: 1 }
]

interface Props {
  profile: FormatProfile
  onSubmit(profile: unknown): Promise<void>
}

/**
 * The format profile of the cluster's documents. Defaults follow Nghị định 30/2020; each value
 * can move only within the range the decree allows, and the form says which when it does not.
 */
export function FormatProfileForm({ profile, onSubmit }: Props) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, String(v)]))
  )
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [saved, setSaved] = useState(false)
  const [stored, setStored] = useState(values)
  useUnsavedChanges(!sameValue(values, stored))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const candidate: Record<string, unknown> = { ...profile }
    for (const field of FIELDS) {
      const text = (values[field.key] ?? '').replace(',', '.').trim()
      candidate[field.key] = text === '' ? Number.NaN : Number(text)
    }
    candidate['firstLineIndentMm'] = Number(values['firstLineIndentMm'])
    candidate['chairLabel'] = values['chairLabel']
    try {
      await onSubmit(candidate)
      setStored(values)
      setIssues([])
      setSaved(true)
    } catch (error) {
      setSaved(false)
      setIssues(issuesFrom(error))
    }
  }

  const errorOf = (key: string) => issues.find((i) => i.field === key)?.message
  return (
    <form className="form wide" onSubmit={submit} noValidate aria-label="Thể thức văn bản">
      <IssuesAlert issues={issues} />
      <div className="profile-grid">
        {FIELDS.map((field) => {
          const id = `profile-${field.key}`
          const error = errorOf(field.key)
          return (
            <div className={`field${error ? ' has-error' : ''}`} key={field.key}>
              <label htmlFor={id}>
                {field.label} ({field.unit})
              </label>
              <input
                id={id}
                type="number"
                inputMode="decimal"
                min={field.min}
                max={field.max}
                step={field.step}
                value={values[field.key] ?? ''}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-hint`}
                onChange={(e) => {
                  setSaved(false)
                  setValues((v) => ({ ...v, [field.key]: e.target.value }))
                }}
              />
              <p id={`${id}-hint`} className="field-hint">
                {error ??
                  `Từ ${field.min} đến ${field.max}; mặc định ${String(DEFAULT_PROFILE[field.key]).replace('.', ',')}.`}
              </p>
            </div>
          )
        })}
        <div className="field">
          <label htmlFor="profile-indent">Thụt đầu dòng</label>
          <select
            id="profile-indent"
            value={values['firstLineIndentMm']}
            onChange={(e) => setValues((v) => ({ ...v, firstLineIndentMm: e.target.value }))}
          >
            <option value="10">1 cm</option>
            <option value="12.7">1,27 cm</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="profile-chair">Chữ ký người chủ trì trong biên bản</label>
          <select
            id="profile-chair"
            value={values['chairLabel']}
            onChange={(e) => setValues((v) => ({ ...v, chairLabel: e.target.value }))}
          >
            <option value="CHỦ TRÌ">CHỦ TRÌ</option>
            <option value="CHỦ TỌA">CHỦ TỌA (theo Mẫu 1.9 Nghị định 30)</option>
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary">
          Lưu thể thức
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            setValues(
              Object.fromEntries(Object.entries(DEFAULT_PROFILE).map(([k, v]) => [k, String(v)]))
            )
          }
        >
          Về mặc định Nghị định 30
        </button>
        <span role="status" className="save-status">
          {saved ? 'Đã lưu thể thức.' : ''}
        </span>
      </div>
    </form>
  )
}
