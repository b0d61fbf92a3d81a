import { useMemo } from 'react'
import { MEETING_TYPE_LABELS } from '@core/documents/kinds/minutes'
import type { ClusterYear } from '@core/model/entities'
import { DateField } from '../../components/DateField'
import { Field } from '../../components/Field'
import { FieldShell } from '../../components/FieldShell'
import {
  changeYear,
  pickPerson,
  type MeetingFormState,
  type MeetingPanelProps
} from './meeting-form'
import { LongSelect } from '../../components/LongSelect'
import { unitChoices, YearOptions } from '../../components/Options'

/** Someone of a member unit who may chair the meeting or keep its minutes. */
export interface PersonChoice {
  id: string
  fullName: string
  position: string
  unitName: string
}

interface Props extends MeetingPanelProps {
  years: ClusterYear[]
  people: PersonChoice[]
}

type TextKey = {
  [K in keyof MeetingFormState]: MeetingFormState[K] extends string ? K : never
}[keyof MeetingFormState]

/** "Thông tin chung": what, when and where, who chairs and who keeps the minutes, the agenda. */
export function MeetingInfoPanel({ form, update, year, years, people, nameOf, errorOf }: Props) {
  const units = useMemo(() => unitChoices(year?.memberUnitIds ?? [], nameOf), [year, nameOf])
  const choices = useMemo(
    () => people.map((p) => ({ value: p.id, label: `${p.fullName} — ${p.unitName}` })),
    [people]
  )
  const set =
    <K extends TextKey>(key: K) =>
    (value: MeetingFormState[K]) =>
      update((f) => ({ ...f, [key]: value }))
  const time = (key: 'startTime' | 'endTime', label: string) => (
    <FieldShell label={label} field={key} error={errorOf(key)}>
      {(control) => (
        <input
          {...control}
          type="time"
          value={form[key]}
          onChange={(e) => set(key)(e.target.value)}
        />
      )}
    </FieldShell>
  )
  return (
    <>
      <h2>Thông tin chung</h2>
      <div className="field-row">
        <div className="field" data-field="clusterYearId">
          <label htmlFor="m-year">Năm thi đua</label>
          <select
            id="m-year"
            value={form.clusterYearId}
            onChange={(e) =>
              update((f) =>
                changeYear(
                  f,
                  years.find((y) => y.id === e.target.value)
                )
              )
            }
          >
            <YearOptions years={years} />
          </select>
          {errorOf('clusterYearId') ? (
            <p className="field-error">{errorOf('clusterYearId')}</p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="m-type">Loại hội nghị</label>
          <select
            id="m-type"
            value={form.type}
            onChange={(e) => set('type')(e.target.value as MeetingFormState['type'])}
          >
            {Object.entries(MEETING_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Field
        name="title"
        field="title"
        label="Tên hội nghị"
        required
        value={form.title}
        onChange={set('title')}
        error={errorOf('title')}
        placeholder="Hội nghị tổng kết công tác thi đua năm 2026 Cụm thi đua số 1"
      />
      <div className="field-row">
        <DateField
          name="date"
          field="date"
          label="Ngày họp"
          required
          value={form.date}
          onChange={set('date')}
          error={errorOf('date')}
        />
        {time('startTime', 'Giờ bắt đầu')}
        {time('endTime', 'Giờ kết thúc')}
        <div className="field">
          <label htmlFor="m-tod">Buổi</label>
          <select
            id="m-tod"
            value={form.timeOfDay}
            onChange={(e) => set('timeOfDay')(e.target.value as MeetingFormState['timeOfDay'])}
          >
            <option value="">(không ghi)</option>
            <option value="sáng">Sáng</option>
            <option value="chiều">Chiều</option>
            <option value="tối">Tối</option>
          </select>
        </div>
      </div>
      <div className="field-row">
        <Field
          name="place"
          field="place"
          label="Địa điểm"
          value={form.place}
          onChange={set('place')}
          error={errorOf('place')}
        />
        <div className="field">
          <label htmlFor="m-host">Đơn vị đăng cai</label>
          <LongSelect
            id="m-host"
            value={form.hostUnitId}
            choices={units}
            onChange={(e) => set('hostUnitId')(e.target.value)}
          >
            <option value="">(không ghi)</option>
          </LongSelect>
        </div>
      </div>
      {(['chair', 'secretary'] as const).map((role) => (
        <div className="field-row" key={role}>
          <Field
            name={`${role}Name`}
            field={`${role}.name`}
            label={role === 'chair' ? 'Chủ trì — họ và tên' : 'Thư ký — họ và tên'}
            required={role === 'chair'}
            value={form[`${role}Name`]}
            onChange={set(`${role}Name`)}
            error={errorOf(`${role}.name`)}
          />
          <Field
            name={`${role}Position`}
            field={`${role}.position`}
            label={role === 'chair' ? 'Chủ trì — chức vụ' : 'Thư ký — chức vụ'}
            value={form[`${role}Position`]}
            onChange={set(`${role}Position`)}
            error={errorOf(`${role}.position`)}
          />
          <div className="field">
            <label htmlFor={`m-pick-${role}`}>Chọn từ người của các đơn vị</label>
            <LongSelect
              id={`m-pick-${role}`}
              value=""
              choices={choices}
              onChange={(e) => {
                const person = people.find((p) => p.id === e.target.value)
                if (person) update((f) => pickPerson(f, role, person))
              }}
            >
              <option value="">(chọn…)</option>
            </LongSelect>
          </div>
        </div>
      ))}
      <Field
        name="agenda"
        field="agenda"
        label="Chương trình (mỗi dòng một nội dung)"
        multiline
        value={form.agenda}
        onChange={set('agenda')}
        error={errorOf('agenda')}
      />
    </>
  )
}
