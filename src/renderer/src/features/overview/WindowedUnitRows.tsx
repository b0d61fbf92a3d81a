import type { MemberUnit } from '@core/model/entities'
import { SpacerRow } from '../../components/SpacerRow'
import { useWindowRows } from '../../components/useWindowRows'
import { UnitRow } from './OverviewUnitsPanel'

/** The member units' lines of a cluster of hundreds: only those on screen are drawn. */
export function WindowedUnitRows({ units, today }: { units: MemberUnit[]; today: string }) {
  const rows = useWindowRows(units.length)
  return (
    <tbody ref={rows.bodyRef}>
      <SpacerRow height={rows.before} columns={3} />
      {rows.indexes.map((index) => (
        <UnitRow
          key={units[index]!.id}
          unit={units[index]!}
          index={index}
          today={today}
          measure={rows.measure}
        />
      ))}
      <SpacerRow height={rows.after} columns={3} />
    </tbody>
  )
}
