import { patchAt, removeAt, type MeetingPanelProps } from './meeting-form'

/** "Đại biểu cấp trên, khách mời": name and title of each guest. */
export function GuestsPanel({
  form,
  update,
  errorOf
}: Pick<MeetingPanelProps, 'form' | 'update' | 'errorOf'>) {
  return (
    <>
      <h3>Đại biểu cấp trên, khách mời</h3>
      {form.guests.map((guest, i) => (
        <div
          className="row-3"
          key={guest.id ?? `g${i}`}
          role="group"
          aria-label={`Khách mời ${i + 1}`}
          data-field={`guests.${i}`}
        >
          <input
            aria-label={`Khách mời ${i + 1}: họ và tên`}
            placeholder="Họ và tên"
            value={guest.name}
            aria-invalid={errorOf(`guests.${i}.name`) ? true : undefined}
            onChange={(e) =>
              update((f) => ({ ...f, guests: patchAt(f.guests, i, { name: e.target.value }) }))
            }
          />
          <input
            aria-label={`Khách mời ${i + 1}: chức vụ`}
            placeholder="Chức vụ"
            value={guest.title}
            aria-invalid={errorOf(`guests.${i}.title`) ? true : undefined}
            onChange={(e) =>
              update((f) => ({ ...f, guests: patchAt(f.guests, i, { title: e.target.value }) }))
            }
          />
          <button
            type="button"
            className="button small"
            onClick={() => update((f) => ({ ...f, guests: removeAt(f.guests, i) }))}
            aria-label={`Bỏ khách mời ${i + 1}`}
          >
            Bỏ
          </button>
          {errorOf(`guests.${i}`) ? (
            <p className="field-error row-error">{errorOf(`guests.${i}`)}</p>
          ) : null}
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() =>
          update((f) => ({
            ...f,
            guests: [...f.guests, { name: '', title: '', role: 'delegate' }]
          }))
        }
      >
        Thêm khách mời
      </button>
    </>
  )
}
