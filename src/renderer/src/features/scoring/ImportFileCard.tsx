import { DIFFERENCE_FIELD_LABELS } from '@core/scoring/diff'
import type { ImportFileView } from './import-model'

interface Props {
  view: ImportFileView
  ticked: string[]
  onTicks(criterionIds: string[]): void
  onOpenSheet(unitId: string): void
}

/**
 * One returned workbook: why it is refused, or its differences by criterion (before crossed
 * out, after beside it) with a tick per criterion and one for the whole file.
 */
export function ImportFileCard({ view, ticked, onTicks, onOpenSheet }: Props) {
  if (view.status === 'refused')
    return (
      <article className="import-file refused" aria-label={`Tệp ${view.fileName}: bị từ chối`}>
        <h3>{view.fileName} — không nhập</h3>
        <ul>
          {view.issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      </article>
    )
  const all = view.groups.map((g) => g.criterionId)
  const toggle = (id: string, on: boolean) =>
    onTicks(on ? [...new Set([...ticked, id])] : ticked.filter((x) => x !== id))
  return (
    <article className="import-file" aria-label={`Tệp ${view.fileName}: ${view.unitName}`}>
      <h3>
        {view.fileName} — {view.unitName}{' '}
        <button type="button" className="link-button" onClick={() => onOpenSheet(view.unitId)}>
          (mở phiếu)
        </button>
      </h3>
      {view.status === 'blocked' ? (
        <p className="alert warning">Không nhập được: {view.blockedBy}</p>
      ) : null}
      {view.status === 'same' ? (
        <p className="muted">Tệp không có gì khác với số liệu đã ghi.</p>
      ) : null}
      {view.groups.length > 0 ? (
        <>
          {view.status === 'ready' ? (
            <label className="check">
              <input
                type="checkbox"
                checked={ticked.length === all.length}
                onChange={(e) => onTicks(e.target.checked ? all : [])}
              />{' '}
              Nhập tất cả thay đổi của tệp này
            </label>
          ) : null}
          <table className="table diff-table">
            <thead>
              <tr>
                <th scope="col">Nhập</th>
                <th scope="col">Tiêu chí</th>
                <th scope="col">Mục</th>
                <th scope="col">Đang ghi</th>
                <th scope="col">Trong tệp</th>
              </tr>
            </thead>
            <tbody>
              {view.groups.flatMap((group) =>
                group.differences.map((d, i) => (
                  <tr key={`${group.criterionId}-${d.field}`}>
                    {i === 0 ? (
                      <td rowSpan={group.differences.length}>
                        <input
                          type="checkbox"
                          aria-label={`Nhập thay đổi của ${group.label}`}
                          disabled={view.status !== 'ready'}
                          checked={ticked.includes(group.criterionId)}
                          onChange={(e) => toggle(group.criterionId, e.target.checked)}
                        />
                      </td>
                    ) : null}
                    {i === 0 ? (
                      <td rowSpan={group.differences.length} title={group.text}>
                        {group.label}. {group.text.slice(0, 80)}
                        {group.text.length > 80 ? '…' : ''}
                      </td>
                    ) : null}
                    <td>{DIFFERENCE_FIELD_LABELS[d.field]}</td>
                    <td className="before">{d.before}</td>
                    <td>{d.after}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </>
      ) : null}
    </article>
  )
}
