import { memo, useDeferredValue, useMemo, useState } from 'react'
import { Link } from 'react-router'
import type { MemberUnit } from '@core/model/entities'
import { isActiveOn } from '@core/rules/member-units'
import { formatDateVi, todayIso } from '@core/text/dates'
import { compareVietnamese, foldForSearch } from '@core/text/normalize'
import { useActiveCluster, useMemberUnits } from '../../db/hooks'
import { useWindowRows } from '../../components/useWindowRows'
import { WindowedBody } from '../../components/WindowedBody'

type Filter = 'all' | 'active' | 'former'
type Sort = 'order' | 'name'

const today = () => todayIso()

/** The unit's status on a day, in words. */
export function unitStatus(unit: MemberUnit, day: string): string {
  if (unit.activeTo && unit.activeTo < day) return `Đã kết thúc ${formatDateVi(unit.activeTo)}`
  if (unit.activeFrom && unit.activeFrom > day)
    return `Tham gia từ ${formatDateVi(unit.activeFrom)}`
  return 'Đang tham gia'
}

/**
 * Đơn vị thành viên: every unit the cluster has had, with search that ignores accents
 * (`dong da` finds `Đống Đa`), a filter for current or former members and two sort orders. A
 * long list draws only the rows on screen, so each keystroke of the search stays within a frame.
 */
export function MemberUnitsPage() {
  const cluster = useActiveCluster()
  const units = useMemberUnits(cluster?.id)
  const [query, setQuery] = useState('')
  const [filter, setFilter] = useState<Filter>('all')
  const [sort, setSort] = useState<Sort>('order')
  const deferredQuery = useDeferredValue(query)

  // Folding is done once per unit, not once per keystroke per unit.
  const indexed = useMemo(
    () =>
      (units ?? []).map((unit) => ({
        unit,
        folded: foldForSearch(`${unit.name} ${unit.shortName} ${unit.placeName}`)
      })),
    [units]
  )
  const shown = useMemo(() => {
    const day = today()
    const words = foldForSearch(deferredQuery).split(' ').filter(Boolean)
    const rows = indexed
      .filter(({ folded }) => words.every((w) => folded.includes(w)))
      .filter(({ unit }) =>
        filter === 'all'
          ? true
          : filter === 'active'
            ? isActiveOn(unit, day)
            : !isActiveOn(unit, day)
      )
      .map(({ unit }) => unit)
    return sort === 'name'
      ? [...rows].sort((a, b) => compareVietnamese(a.shortName || a.name, b.shortName || b.name))
      : rows
  }, [indexed, deferredQuery, filter, sort])
  const rows = useWindowRows(shown.length)

  if (cluster === undefined || units === undefined) return <p role="status">Đang tải dữ liệu…</p>
  if (cluster === null) return <p>Chưa có cụm thi đua. Hãy tạo cụm ở màn hình Tổng quan.</p>
  const day = today()

  return (
    <section aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">Đơn vị thành viên</h1>
        <Link className="button primary" to="/don-vi/moi">
          Thêm đơn vị
        </Link>
      </header>
      <div className="toolbar" role="search">
        <div className="field">
          <label htmlFor="unit-search">Tìm đơn vị</label>
          <input
            id="unit-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Gõ có dấu hoặc không dấu, ví dụ: ba dinh"
          />
        </div>
        <div className="field narrow">
          <label htmlFor="unit-filter">Tình trạng</label>
          <select
            id="unit-filter"
            value={filter}
            onChange={(e) => setFilter(e.target.value as Filter)}
          >
            <option value="all">Tất cả</option>
            <option value="active">Đang tham gia</option>
            <option value="former">Đã kết thúc</option>
          </select>
        </div>
        <div className="field narrow">
          <label htmlFor="unit-sort">Sắp xếp</label>
          <select id="unit-sort" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="order">Theo thứ tự của cụm</option>
            <option value="name">Theo tên (A–Z)</option>
          </select>
        </div>
      </div>
      <p className="muted" role="status">
        {shown.length} / {units.length} đơn vị
      </p>
      {shown.length > 0 ? (
        <table className="table panel-table">
          <thead>
            <tr>
              <th scope="col">TT</th>
              <th scope="col">Tên đơn vị</th>
              <th scope="col">Tên ngắn</th>
              <th scope="col">Tình trạng</th>
              <th scope="col">Điện thoại</th>
            </tr>
          </thead>
          <WindowedBody
            rows={rows}
            columns={5}
            rowKey={(index) => shown[index]!.id}
            row={(index) => (
              <UnitRow unit={shown[index]!} index={index} day={day} measure={rows.measure} />
            )}
          />
        </table>
      ) : (
        <p>
          {units.length === 0
            ? 'Chưa có đơn vị nào. Bấm “Thêm đơn vị” để bắt đầu.'
            : 'Không có đơn vị nào khớp với tìm kiếm.'}
        </p>
      )}
    </section>
  )
}

interface RowProps {
  unit: MemberUnit
  /** Its place in the list shown, and the measuring ref of a long, partly drawn list. */
  index: number
  day: string
  measure(row: Element | null): void
}

/**
 * One unit of the list. Kept as it is while its unit and place stay the same, so a keystroke of
 * the search redraws only the rows it changes.
 */
const UnitRow = memo(function UnitRow({ unit, index, day, measure }: RowProps) {
  return (
    <tr data-index={index} ref={measure}>
      <td className="num">{index + 1}</td>
      <td>
        <Link to={`/don-vi/${unit.id}`}>{unit.name}</Link>
      </td>
      <td>{unit.shortName}</td>
      <td>{unitStatus(unit, day)}</td>
      <td>{unit.phone}</td>
    </tr>
  )
})
