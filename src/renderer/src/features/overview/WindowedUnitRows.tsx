import type { MemberUnit } from '@core/model/entities'
import { useWindowRows } from '../../components/useWindowRows'
import { WindowedBody } from '../../components/WindowedBody'
import { UnitRow } from './OverviewUnitsPanel'

/** The member units' lines of a cluster of hundreds: only those on screen are drawn. */
export function WindowedUnitRows({ units, today }: { units: MemberUnit[]; today: string }) {
  const rows = useWindowRows(units.length)
  return (
    <WindowedBody
      rows={rows}
      columns={3}
      rowKey={(index) => units[index]!.id}
      row={(index) => (
        <UnitRow unit={units[index]!} index={index} today={today} measure={rows.measure} />
      )}
    />
  )
}
