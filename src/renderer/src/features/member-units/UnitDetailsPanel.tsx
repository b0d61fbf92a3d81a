import { deriveHeaderLines } from '@core/rules/member-units'
import { DateField } from '../../components/DateField'
import { Field } from '../../components/Field'
import type { MemberUnitForm, UnitField } from './member-unit-form'

interface Props {
  form: MemberUnitForm
  onField(key: UnitField): (value: string) => void
  errorOf(field: string): string
}

/** The unit itself: its names and header lines, contacts, order, when it joined and left. */
export function UnitDetailsPanel({ form, onField, errorOf }: Props) {
  const derived = deriveHeaderLines(form.name)
  const text = (
    name: UnitField,
    label: string,
    extra: Partial<Parameters<typeof Field>[0]> = {}
  ) => (
    <Field
      name={name}
      field={name}
      label={label}
      value={form[name]}
      onChange={onField(name)}
      error={errorOf(name)}
      {...extra}
    />
  )
  const date = (name: 'activeFrom' | 'activeTo', label: string, hint?: string) => (
    <DateField
      name={name}
      field={name}
      label={label}
      value={form[name]}
      onChange={onField(name)}
      error={errorOf(name)}
      hint={hint}
    />
  )
  return (
    <>
      {text('name', 'Tên đầy đủ', {
        required: true,
        placeholder: 'Ủy ban MTTQ Việt Nam phường Hoàn Kiếm'
      })}
      <div className="field-row">
        {text('shortName', 'Tên ngắn', { placeholder: 'Hoàn Kiếm' })}
        {text('placeName', 'Địa danh ghi ở dòng ngày tháng')}
      </div>
      {text('headerLines', 'Dòng tiêu đề trên văn bản', {
        multiline: true,
        hint: derived.length
          ? `Để trống để dùng: ${derived.join(' / ')}`
          : 'Để trống để tạo từ tên đầy đủ, viết hoa.'
      })}
      {text('address', 'Địa chỉ')}
      <div className="field-row">
        {text('phone', 'Điện thoại')}
        {text('email', 'Thư điện tử')}
        {text('displayOrder', 'Thứ tự', { hint: 'Để trống: xếp cuối danh sách.' })}
      </div>
      <div className="field-row">
        {date('activeFrom', 'Ngày tham gia')}
        {date(
          'activeTo',
          'Ngày kết thúc tham gia',
          'Đơn vị đổi tên, sáp nhập hoặc thôi tham gia: ghi ngày kết thúc, không xóa. Văn bản các năm trước vẫn giữ tên cũ.'
        )}
      </div>
    </>
  )
}
