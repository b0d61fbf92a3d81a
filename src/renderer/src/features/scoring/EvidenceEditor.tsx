import { useId } from 'react'
import { DateField } from '../../components/DateField'
import { blankEvidence, type EvidenceForm } from './sheet-form'

interface Props {
  /** Names the list for screen readers: `Tiêu chí I.2`, `Điểm cộng 1`. */
  owner: string
  list: EvidenceForm[]
  onChange(list: EvidenceForm[]): void
  disabled?: boolean
}

/** Minh chứng: each reference's document number and date, file name and page. */
export function EvidenceEditor({ owner, list, onChange, disabled }: Props) {
  const id = useId()
  const set = (i: number, patch: Partial<EvidenceForm>) =>
    onChange(list.map((e, k) => (k === i ? { ...e, ...patch } : e)))
  return (
    <fieldset className="plain evidence wide" disabled={disabled}>
      <legend>Minh chứng</legend>
      {list.map((e, i) => (
        <div className="evidence-row" key={i}>
          <div className="field">
            <label htmlFor={`${id}-ev-${i}-no`}>Số, ký hiệu văn bản</label>
            <input
              id={`${id}-ev-${i}-no`}
              value={e.documentNumber}
              onChange={(x) => set(i, { documentNumber: x.target.value })}
            />
          </div>
          <DateField
            name={`${id}-ev-${i}-date`}
            label="Ngày văn bản"
            value={e.documentDate}
            onChange={(v) => set(i, { documentDate: v })}
          />
          <div className="field">
            <label htmlFor={`${id}-ev-${i}-file`}>Tên tệp</label>
            <input
              id={`${id}-ev-${i}-file`}
              value={e.fileName}
              onChange={(x) => set(i, { fileName: x.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-ev-${i}-page`}>Trang</label>
            <input
              id={`${id}-ev-${i}-page`}
              value={e.page}
              onChange={(x) => set(i, { page: x.target.value })}
            />
          </div>
          <button
            type="button"
            className="button small danger"
            aria-label={`${owner}: xóa minh chứng ${i + 1}`}
            onClick={() => onChange(list.filter((_, k) => k !== i))}
          >
            Xóa
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => onChange([...list, blankEvidence()])}
      >
        Thêm minh chứng
      </button>
    </fieldset>
  )
}
