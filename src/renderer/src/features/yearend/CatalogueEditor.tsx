import { useState } from 'react'
import { AWARD_LEVEL_LABELS, type AwardType } from '@core/awards/model'
import { messageFrom } from '@core/model/validation'
import { parseWholeNumber } from '@core/text/numbers'
import { useDatabase } from '../../db/DatabaseContext'
import { saveAwardType } from '../../db/repositories/awards-repo'

const CERTAINTY = { confirmed: '', practice: 'theo thực tiễn', unconfirmed: 'chưa xác nhận' }

/**
 * The award catalogue (MTTQ defaults, editable): whether the cluster proposes the form, its name,
 * the most proposals per cluster with its basis, whether a ballot is required. A default not
 * confirmed by a text says so.
 */
export function CatalogueEditor({ catalogue }: { catalogue: AwardType[] }) {
  const db = useDatabase()
  const [status, setStatus] = useState('')
  const save = async (type: AwardType, patch: Partial<AwardType>) => {
    try {
      const saved = await saveAwardType(db, { ...type, ...patch })
      setStatus(`Đã lưu: ${saved.name}.`)
    } catch (error) {
      setStatus(messageFrom(error))
    }
  }
  return (
    <details className="panel">
      <summary>
        <strong>
          Danh mục hình thức khen thưởng ({catalogue.filter((t) => t.active).length} đang dùng)
        </strong>
      </summary>
      <table className="data-table">
        <thead>
          <tr>
            <th>Dùng</th>
            <th>Hình thức</th>
            <th>Cấp</th>
            <th>Số lượng tối đa mỗi cụm</th>
            <th>Phải bỏ phiếu</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.map((t) => (
            <tr key={t.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Dùng ${t.name}`}
                  checked={t.active}
                  onChange={(e) => void save(t, { active: e.target.checked })}
                />
              </td>
              <td>
                <input
                  aria-label={`Tên: ${t.name}`}
                  defaultValue={t.name}
                  onBlur={(e) =>
                    e.target.value !== t.name ? void save(t, { name: e.target.value }) : undefined
                  }
                />
                {CERTAINTY[t.certainty] ? (
                  <small className="muted"> ({CERTAINTY[t.certainty]})</small>
                ) : null}
              </td>
              <td>{AWARD_LEVEL_LABELS[t.level]}</td>
              <td>
                <input
                  aria-label={`Số lượng tối đa: ${t.name}`}
                  inputMode="numeric"
                  defaultValue={t.quotaPerCluster ?? ''}
                  onBlur={(e) => {
                    const text = e.target.value.trim()
                    const quota = text === '' ? null : parseWholeNumber(text)
                    if (quota !== t.quotaPerCluster) void save(t, { quotaPerCluster: quota })
                  }}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Phải bỏ phiếu: ${t.name}`}
                  checked={t.requiresBallot}
                  onChange={(e) => void save(t, { requiresBallot: e.target.checked })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status">{status}</p>
    </details>
  )
}
