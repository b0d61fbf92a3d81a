import type { Cluster, MemberUnit } from '@core/model/entities'
import { DateField } from '../../components/DateField'
import { Field } from '../../components/Field'
import {
  changeIssuer,
  type CompositionForm,
  type CompositionKind,
  type CompositionTextField
} from './composition-form'

interface Props {
  cluster: Cluster
  kind: CompositionKind
  form: CompositionForm
  leader: MemberUnit | undefined
  update(change: (form: CompositionForm) => CompositionForm): void
  errorOf(field: string): string
}

/** Who issues it, its summary, year and date, the legal basis and the body text. */
export function CompositionFieldsPanel({ cluster, kind, form, leader, update, errorOf }: Props) {
  const set = (key: CompositionTextField) => (value: string) =>
    update((f) => ({ ...f, [key]: value }))
  return (
    <>
      <div className="field" data-field="issuer">
        <label htmlFor="issuer">Ban hành</label>
        <select
          id="issuer"
          value={form.issuer}
          onChange={(e) =>
            update((f) => changeIssuer(f, e.target.value as CompositionForm['issuer'], cluster))
          }
          aria-describedby="issuer-hint"
        >
          <option value="cluster">{cluster.name} (số trong sổ văn bản của cụm)</option>
          <option value="leader" disabled={!leader}>
            Ban Thường trực {leader ? leader.name : 'đơn vị cụm trưởng'} (số do đơn vị cấp)
          </option>
        </select>
        <p id="issuer-hint" className="field-hint">
          {leader
            ? `Cụm trưởng năm ${form.year}: ${leader.name}.`
            : `Năm ${form.year} chưa có cụm trưởng trong mục Năm thi đua.`}
        </p>
      </div>
      <Field
        name="summary"
        field="summary"
        label="Trích yếu"
        required
        value={form.summary}
        onChange={set('summary')}
        error={errorOf('summary')}
        placeholder={kind === 'plan' ? 'Hoạt động của Cụm thi đua năm 2026' : 'Kết quả Hội nghị …'}
      />
      <div className="field-row">
        <Field
          name="year"
          field="year"
          label="Năm"
          required
          value={form.year}
          onChange={set('year')}
          error={errorOf('year')}
        />
        <DateField
          name="issuedOn"
          field="issuedOn"
          label="Ngày ban hành"
          value={form.issuedOn}
          onChange={set('issuedOn')}
          error={errorOf('issuedOn')}
          hint="Để trống để in “ngày … tháng … năm” và ghi tay khi ký."
        />
      </div>
      <Field
        name="basis"
        field="basis"
        label="Căn cứ (mỗi dòng một căn cứ)"
        multiline
        value={form.basis}
        onChange={set('basis')}
        error={errorOf('basis')}
      />
      <div className={`field${errorOf('body') ? ' has-error' : ''}`} data-field="body">
        <label htmlFor="body">Nội dung</label>
        <textarea
          id="body"
          rows={12}
          value={form.body}
          onChange={(e) => set('body')(e.target.value)}
          aria-describedby="body-hint"
          aria-invalid={errorOf('body') ? true : undefined}
        />
        <p id="body-hint" className="field-hint">
          Tự đánh số: dòng bắt đầu bằng <code>#</code> là mục lớn (I, II…), <code>##</code> là mục
          nhỏ (1, 2…), <code>###</code> là điểm (a, b…), <code>-</code> và <code>+</code> là gạch
          đầu dòng. Các dòng khác là đoạn văn.
        </p>
        {errorOf('body') ? <p className="field-error">{errorOf('body')}</p> : null}
      </div>
    </>
  )
}
