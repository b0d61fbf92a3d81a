import { lazy, Suspense, useEffect, type ComponentType } from 'react'
import { Link } from 'react-router'
import type { Cluster, ClusterYear } from '@core/model/entities'
import type { ScoringYearRecord } from '../../db/repositories/scoring-repo'
import { ScoringStatus } from './ScoringStatus'
import { SCORING_TABS, type ScoringTab } from './scoring-tabs'
import { useScoringData, type ScoringData } from './useScoringData'

/** What each part of the screen receives. */
export interface PanelProps {
  data: ScoringData
  unitId: string
  onUnit(unitId: string, tab?: ScoringTab): void
}

function panel(load: () => Promise<{ default: ComponentType<PanelProps> }>) {
  return lazy(load)
}

/** Each part loads when first opened (the grid, Excel and the charts are large). */
const PANELS: Record<ScoringTab, ComponentType<PanelProps>> = {
  'quy-dinh': panel(() => import('./RulesPanel').then((m) => ({ default: m.RulesPanel }))),
  'bang-diem': panel(() => import('./ScoreGridPanel').then((m) => ({ default: m.ScoreGridPanel }))),
  phieu: panel(() => import('./SheetPanel').then((m) => ({ default: m.SheetPanel }))),
  excel: panel(() => import('./ExchangePanel').then((m) => ({ default: m.ExchangePanel }))),
  'xep-hang': panel(() => import('./RankingPanel').then((m) => ({ default: m.RankingPanel }))),
  'van-ban': panel(() =>
    import('./ScoringDocumentsPanel').then((m) => ({ default: m.ScoringDocumentsPanel }))
  )
}

interface Props {
  cluster: Cluster
  year: ClusterYear
  /** The year's records, read with the screen; `undefined` while they load. */
  record: ScoringYearRecord | undefined
  tab: ScoringTab | null
  onTab(tab: ScoringTab): void
  unitId: string
  onUnit(unitId: string, tab?: ScoringTab): void
}

/**
 * One year's scoring: where it stands, then its parts as tabs — the rules, the grid, each unit's
 * sheet, the Excel exchange, the ranking and the documents. Without criteria in the pact there
 * is nothing to score, and the screen says where to write them.
 */
export function ScoringYear({ year, record, tab, onTab, unitId, onUnit }: Props) {
  const data = useScoringData(record)
  const unsaved = data !== undefined && data !== null && !data.rulesSaved
  const fallback: ScoringTab = data?.rulesSaved ? 'bang-diem' : 'quy-dinh'
  // While the rules are unsaved the first part shown is written into the address, so saving them
  // does not move the secretary to another part under her hands. Once saved, the grid is the
  // first part for good and the address is left as it is (writing it costs a second drawing).
  useEffect(() => {
    if (unsaved && tab === null) onTab(fallback)
  }, [unsaved, tab, fallback, onTab])
  if (data === undefined) return <p role="status">Đang tải điểm chấm…</p>
  if (data === null) return <p role="alert">Không tìm thấy năm thi đua này.</p>
  if (data.plan.leaves.length === 0)
    return (
      <div className="panel">
        <p>
          {data.record.pact
            ? `Giao ước năm ${year.year} chưa có tiêu chí chấm điểm.`
            : `Năm ${year.year} chưa có giao ước thi đua.`}{' '}
          Các tiêu chí và điểm chuẩn được ghi trong giao ước:{' '}
          <Link to="/giao-uoc">thêm tiêu chí cho năm {year.year}</Link> rồi quay lại đây.
        </p>
      </div>
    )
  const active = tab ?? fallback
  const Panel = PANELS[active]
  return (
    <>
      <ScoringStatus data={data} onTab={onTab} />
      <nav className="tabs no-print" aria-label="Các phần của việc chấm điểm">
        {SCORING_TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            className={`tab${t.id === active ? ' active' : ''}`}
            aria-current={t.id === active ? 'page' : undefined}
            onClick={() => onTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </nav>
      <Suspense fallback={<p role="status">Đang tải…</p>}>
        <Panel data={data} unitId={unitId} onUnit={onUnit} />
      </Suspense>
    </>
  )
}
