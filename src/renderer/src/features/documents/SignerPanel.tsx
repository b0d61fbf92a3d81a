import { Field } from '../../components/Field'
import type { CompositionForm, CompositionTextField } from './composition-form'

interface Props {
  form: CompositionForm
  set(key: CompositionTextField): (value: string) => void
  errorOf(field: string): string
}

/** Who signs, and where the document goes (Nơi nhận). */
export function SignerPanel({ form, set, errorOf }: Props) {
  return (
    <>
      <div className="field-row">
        <Field
          name="signerTitleLines"
          field="signerTitleLines"
          label="Chức danh người ký (mỗi dòng một dòng)"
          multiline
          value={form.signerTitleLines}
          onChange={set('signerTitleLines')}
          error={errorOf('signerTitleLines')}
        />
        <Field
          name="signerName"
          field="signerName"
          label="Họ và tên người ký"
          value={form.signerName}
          onChange={set('signerName')}
          error={errorOf('signerName')}
        />
      </div>
      <Field
        name="recipients"
        field="recipients"
        label="Nơi nhận (mỗi dòng một nơi; dòng cuối là “Lưu: VT”)"
        multiline
        value={form.recipients}
        onChange={set('recipients')}
        error={errorOf('recipients')}
      />
    </>
  )
}
