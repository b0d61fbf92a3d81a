import { lazy, Suspense, useEffect, type ComponentType } from 'react'
import { Link } from 'react-router'
import { useDatabase } from '../../db/DatabaseContext'
import { useYearEnd } from '../../db/hooks'
import { ensureCatalogue } from '../../db/repositories/awards-repo'
import { useYearEndData, type YearEndData } from './useYearEndData'
import { YEAR_END_TABS, type YearEndTab } from './yearend-tabs'

export interface YearEndPanelProps {
  data: YearEndData
  onTab(tab: YearEndTab): void
}

const panel = (load: () => Promise<{ default: ComponentType<YearEndPanelProps> }>) => lazy(load)

const PANELS: Record<YearEndTab, ComponentType<YearEndPanelProps>> = {
  phieu: panel(() => import('./BallotPanel').then((m) => ({ default: m.BallotPanel }))),
  'kiem-phieu': panel(() => import('./CountPanel').then((m) => ({ default: m.CountPanel }))),
  'ket-qua': panel(() => import('./ResultsPanel').then((m) => ({ default: m.ResultsPanel }))),
  'khen-thuong': panel(() => import('./AwardsPanel').then((m) => ({ default: m.AwardsPanel }))),
  'ho-so': panel(() => import('./DossierPanel').then((m) => ({ default: m.DossierPanel })))
}

/**
 * One year's bình xét. It starts from the adopted ranking (Chấm điểm › Xếp hạng): without it there
 * is nothing to put on the paper, and the screen says where to adopt it. The award catalogue is
 * created from the MTTQ defaults the first time the year is opened.
 */
export function YearEndYear({
  yearId,
  tab,
  onTab
}: {
  yearId: string
  tab: YearEndTab
  onTab(tab: YearEndTab): void
}) {
  const db = useDatabase()
  const record = useYearEnd(yearId)
  const data = useYearEndData(record)
  const clusterId = record?.scoring.cluster.id
  const noCatalogue = record?.catalogue.length === 0
  useEffect(() => {
    if (clusterId && noCatalogue) void ensureCatalogue(db, clusterId)
  }, [db, clusterId, noCatalogue])
  if (record === undefined || data === undefined) return <p role="status">Đang tải…</p>
  if (record === null || data === null) return <p role="alert">Không tìm thấy năm thi đua này.</p>
  if (!record.scoring.snapshot)
    return (
      <div className="panel">
        <p>
          Bảng xếp hạng năm {record.scoring.year.year} chưa được thông qua. Phiếu bình xét lập từ
          bảng xếp hạng đã thông qua:{' '}
          <Link to={`/cham-diem?nam=${yearId}&muc=xep-hang`}>thông qua bảng xếp hạng</Link> rồi quay
          lại đây.
        </p>
      </div>
    )
  // The paper proposes the catalogue's awards: wait the moment the defaults take to be written.
  if (noCatalogue) return <p role="status">Đang tạo danh mục hình thức khen thưởng…</p>
  const Panel = PANELS[tab]
  return (
    <>
      <nav className="tabs no-print" aria-label="Các phần của việc bình xét">
        {YEAR_END_TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            className={`tab${t.id === tab ? ' active' : ''}`}
            aria-current={t.id === tab ? 'page' : undefined}
            onClick={() => onTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </nav>
      <Suspense fallback={<p role="status">Đang tải…</p>}>
        <Panel data={data} onTab={onTab} />
      </Suspense>
    </>
  )
}
