import { FieldShell } from '../../components/FieldShell'
import type { RulesForm } from './cluster-rules-form'

interface Props {
  form: RulesForm
  update(change: (form: RulesForm) => RulesForm): void
  errorOf(field: string): string
}

/**
 * "Sổ văn bản": one number series for every type or one per type (ND30 allows both), and whether
 * the signed pact takes a number of the register, with its type code.
 */
export function RegisterSettingsPanel({ form, update, errorOf }: Props) {
  return (
    <section aria-labelledby="register-settings-title" data-field="rules.register">
      <h3 id="register-settings-title">Đánh số văn bản</h3>
      <fieldset className="choices">
        <legend>Số văn bản trong năm</legend>
        <label className="check">
          <input
            type="radio"
            name="series"
            checked={form.series === 'per-type'}
            onChange={() => update((f) => ({ ...f, series: 'per-type' }))}
          />{' '}
          Mỗi loại văn bản một dãy số riêng (01/BB, 02/BB…; 01/TB, 02/TB…)
        </label>
        <label className="check">
          <input
            type="radio"
            name="series"
            checked={form.series === 'single'}
            onChange={() => update((f) => ({ ...f, series: 'single' }))}
          />{' '}
          Một dãy số chung cho mọi loại (01/BB, 02/TB, 03/BB…)
        </label>
      </fieldset>
      <fieldset className="choices">
        <legend>Giao ước thi đua đã ký</legend>
        <label className="check">
          <input
            type="radio"
            name="pact-numbering"
            checked={form.pactNumbering === 'unnumbered'}
            onChange={() => update((f) => ({ ...f, pactNumbering: 'unnumbered' }))}
          />{' '}
          Không đánh số (giao ước không phải loại văn bản theo Nghị định 30)
        </label>
        <label className="check">
          <input
            type="radio"
            name="pact-numbering"
            checked={form.pactNumbering === 'numbered'}
            onChange={() => update((f) => ({ ...f, pactNumbering: 'numbered' }))}
          />{' '}
          Cấp số trong sổ văn bản khi ký kết
        </label>
      </fieldset>
      {form.pactNumbering === 'numbered' ? (
        <FieldShell
          label="Ký hiệu loại của giao ước"
          field="rules.register.pactTypeCode"
          className="narrow-field"
          error={errorOf('rules.register.pactTypeCode')}
          hint={`Ví dụ số: 01/${form.pactTypeCode || 'GƯTĐ'}-… Chữ in hoa và chữ số.`}
        >
          {(control) => (
            <input
              {...control}
              value={form.pactTypeCode}
              onChange={(e) => update((f) => ({ ...f, pactTypeCode: e.target.value }))}
            />
          )}
        </FieldShell>
      ) : null}
    </section>
  )
}
