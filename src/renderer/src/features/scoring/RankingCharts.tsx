import { AxisBottom, AxisLeft } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar, LinePath } from '@visx/shape'
import { formatScore, type Decimals, type Hundredths } from '@core/scoring/points'
import { formatNumber } from '@core/text/vietnamese'
import type { TotalBar, TrendPoint } from './chart-data'

const MARGIN = { top: 24, right: 16, bottom: 64, left: 52 }

/**
 * The bar chart of the year's totals, one bar per unit in ranking order, each labelled with its
 * total (ties marked "=") — SVG, so it prints sharp. Drawn with visx (decision 0008).
 */
export function TotalsChart({
  bars,
  declaredMax,
  decimals,
  width = 900,
  height = 320
}: {
  bars: TotalBar[]
  declaredMax: Hundredths
  decimals: Decimals
  width?: number
  height?: number
}) {
  const innerW = width - MARGIN.left - MARGIN.right
  const innerH = height - MARGIN.top - MARGIN.bottom
  const top = Math.max(declaredMax, ...bars.map((b) => b.total)) / 100
  const x = scaleBand({ domain: bars.map((b) => b.unitId), range: [0, innerW], padding: 0.25 })
  const y = scaleLinear({ domain: [0, top], range: [innerH, 0], nice: true })
  const labelOf = new Map(bars.map((b) => [b.unitId, b.label]))
  return (
    <svg
      width="100%"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Biểu đồ tổng điểm: ${bars.map((b) => `${b.label} ${formatScore(b.total, decimals)}`).join(', ')}`}
    >
      <Group left={MARGIN.left} top={MARGIN.top}>
        {bars.map((b) => {
          const barX = x(b.unitId) ?? 0
          const barY = y(b.total / 100)
          return (
            <g key={b.unitId}>
              <Bar
                x={barX}
                y={barY}
                width={x.bandwidth()}
                height={innerH - barY}
                fill={b.rank === 1 ? '#9f1d20' : b.tied ? '#c98a1b' : '#5b7fb5'}
              />
              <text
                x={barX + x.bandwidth() / 2}
                y={barY - 6}
                textAnchor="middle"
                fontSize={12}
                fill="#1d2433"
              >
                {formatScore(b.total, decimals)}
                {b.tied ? ' =' : ''}
              </text>
            </g>
          )
        })}
        <AxisLeft
          scale={y}
          numTicks={5}
          tickFormat={(v) => formatNumber(Number(v))}
          tickLabelProps={{ fontSize: 11, fill: '#5b6475', textAnchor: 'end', dx: -4, dy: 4 }}
        />
        <AxisBottom
          top={innerH}
          scale={x}
          tickFormat={(id) => labelOf.get(String(id)) ?? ''}
          tickLabelProps={{ fontSize: 11, fill: '#1d2433', textAnchor: 'middle' }}
        />
      </Group>
    </svg>
  )
}

/**
 * One unit's trend over the scored years: its share of each year's maximum as a line, the rank
 * written at each point. A single year shows as a point.
 */
export function TrendChart({
  points,
  unitName,
  width = 900,
  height = 240
}: {
  points: TrendPoint[]
  unitName: string
  width?: number
  height?: number
}) {
  const innerW = width - MARGIN.left - MARGIN.right
  const innerH = height - MARGIN.top - MARGIN.bottom + 24
  const years = points.map((p) => String(p.year))
  const x = scaleBand({ domain: years, range: [0, innerW], padding: 0.2 })
  const low = Math.min(...points.map((p) => p.percent / 100), 50)
  const y = scaleLinear({ domain: [Math.floor(low / 10) * 10, 100], range: [innerH, 0] })
  const cx = (p: TrendPoint) => (x(String(p.year)) ?? 0) + x.bandwidth() / 2
  const cy = (p: TrendPoint) => y(p.percent / 100)
  return (
    <svg
      width="100%"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Kết quả qua các năm của ${unitName}: ${points.map((p) => `${p.year} đạt ${formatNumber(p.percent / 100, 2)}%, xếp thứ ${p.rank}${p.tied ? ' (đồng hạng)' : ''}`).join('; ')}`}
    >
      <Group left={MARGIN.left} top={MARGIN.top}>
        <LinePath data={points} x={cx} y={cy} stroke="#9f1d20" strokeWidth={2} />
        {points.map((p) => (
          <g key={p.year}>
            <circle
              cx={cx(p)}
              cy={cy(p)}
              r={5}
              fill={p.adopted ? '#9f1d20' : '#fff'}
              stroke="#9f1d20"
              strokeWidth={2}
            />
            <text x={cx(p)} y={cy(p) - 10} textAnchor="middle" fontSize={12} fill="#1d2433">
              {formatNumber(p.percent / 100, 2)}% · hạng {p.rank}
              {p.tied ? '=' : ''}
            </text>
          </g>
        ))}
        <AxisLeft
          scale={y}
          numTicks={5}
          tickFormat={(v) => `${formatNumber(Number(v))}%`}
          tickLabelProps={{ fontSize: 11, fill: '#5b6475', textAnchor: 'end', dx: -4, dy: 4 }}
        />
        <AxisBottom
          top={innerH}
          scale={x}
          tickLabelProps={{ fontSize: 12, fill: '#1d2433', textAnchor: 'middle' }}
        />
      </Group>
    </svg>
  )
}
