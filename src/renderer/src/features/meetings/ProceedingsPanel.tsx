import { useMemo } from 'react'
import { Field } from '../../components/Field'
import { LongSelect } from '../../components/LongSelect'
import { patchAt, removeAt, type MeetingFormState, type MeetingPanelProps } from './meeting-form'
import { unitChoices } from '../../components/Options'

type Remark = MeetingFormState['remarks'][number]

/** "Diễn biến": who spoke and what they said, the chair's conclusion, what was agreed. */
export function ProceedingsPanel({
  form,
  update,
  year,
  nameOf,
  errorOf
}: Pick<MeetingPanelProps, 'form' | 'update' | 'year' | 'nameOf' | 'errorOf'>) {
  const units = useMemo(() => unitChoices(year?.memberUnitIds ?? [], nameOf), [year, nameOf])
  const change = (i: number, patch: Partial<Remark>) =>
    update((f) => ({ ...f, remarks: patchAt(f.remarks, i, patch) }))
  return (
    <>
      <h2>Diễn biến</h2>
      {form.remarks.map((remark, i) => (
        <div
          className="remark"
          key={remark.id ?? `r${i}`}
          role="group"
          aria-label={`Ý kiến ${i + 1}`}
          data-field={`remarks.${i}`}
        >
          <div className="row-3">
            <input
              aria-label={`Ý kiến ${i + 1}: người phát biểu`}
              placeholder="Người phát biểu"
              value={remark.speakerName}
              onChange={(e) => change(i, { speakerName: e.target.value })}
            />
            <input
              aria-label={`Ý kiến ${i + 1}: chức vụ`}
              placeholder="Chức vụ"
              value={remark.speakerPosition}
              onChange={(e) => change(i, { speakerPosition: e.target.value })}
            />
            <LongSelect
              aria-label={`Ý kiến ${i + 1}: đơn vị`}
              value={remark.unitId}
              choices={units}
              onChange={(e) => change(i, { unitId: e.target.value })}
            >
              <option value="">(không thuộc đơn vị trong cụm)</option>
            </LongSelect>
          </div>
          <textarea
            aria-label={`Ý kiến ${i + 1}: nội dung`}
            rows={3}
            placeholder="Tóm tắt nội dung phát biểu (có thể dán từ Word)"
            value={remark.summary}
            onChange={(e) => change(i, { summary: e.target.value })}
            aria-invalid={errorOf(`remarks.${i}`) ? true : undefined}
          />
          {errorOf(`remarks.${i}`) ? (
            <p className="field-error">{errorOf(`remarks.${i}`)}</p>
          ) : null}
          <button
            type="button"
            className="button small"
            onClick={() => update((f) => ({ ...f, remarks: removeAt(f.remarks, i) }))}
            aria-label={`Bỏ ý kiến ${i + 1}`}
          >
            Bỏ ý kiến
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() =>
          update((f) => ({
            ...f,
            remarks: [
              ...f.remarks,
              { speakerName: '', speakerPosition: '', unitId: '', summary: '' }
            ]
          }))
        }
      >
        Thêm ý kiến phát biểu
      </button>
      <Field
        name="conclusion"
        field="conclusion"
        label="Kết luận của chủ trì"
        multiline
        error={errorOf('conclusion')}
        value={form.conclusion}
        onChange={(value) => update((f) => ({ ...f, conclusion: value }))}
      />
      <Field
        name="decisions"
        field="decisions"
        label="Các nội dung hội nghị thống nhất (mỗi dòng một nội dung)"
        multiline
        error={errorOf('decisions')}
        value={form.decisions}
        onChange={(value) => update((f) => ({ ...f, decisions: value }))}
      />
    </>
  )
}
