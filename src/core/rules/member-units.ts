import type { ClusterYear, MemberUnit } from '../model/entities'
import type { FieldIssue } from '../model/validation'
import { toneKey } from '../text/tone-key'

/** An open-ended period: empty start is "always", empty end is "still active". */
export interface Period {
  activeFrom: string
  activeTo: string
}

/** Whether two active periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aStart = a.activeFrom || '0000-01-01'
  const aEnd = a.activeTo || '9999-12-31'
  const bStart = b.activeFrom || '0000-01-01'
  const bEnd = b.activeTo || '9999-12-31'
  return aStart <= bEnd && bStart <= aEnd
}

/** Whether a unit is a member on a given day (`YYYY-MM-DD`). */
export function isActiveOn(unit: Period, date: string): boolean {
  return periodsOverlap(unit, { activeFrom: date, activeTo: date })
}

/** Whether a unit is active at some time during a calendar year. */
export function isActiveInYear(unit: Period, year: number): boolean {
  return periodsOverlap(unit, { activeFrom: `${year}-01-01`, activeTo: `${year}-12-31` })
}

/**
 * The rules a unit must satisfy against the cluster's other units, beyond its own field checks:
 * its period runs forwards, and no other unit of the cluster has the same full or short name
 * (compared NFC and tone-placement-insensitively) at an overlapping time. Returns the problems in
 * Vietnamese; empty when the unit may be saved.
 */
export function checkUnitAgainstOthers(unit: MemberUnit, others: MemberUnit[]): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (unit.activeFrom && unit.activeTo && unit.activeFrom > unit.activeTo) {
    issues.push({ field: 'activeTo', message: 'Ngày kết thúc: phải sau ngày tham gia.' })
  }
  const rivals = others.filter(
    (o) => o.id !== unit.id && o.clusterId === unit.clusterId && periodsOverlap(o, unit)
  )
  const nameKey = toneKey(unit.name)
  const sameName = rivals.find((o) => toneKey(o.name) === nameKey)
  if (sameName) {
    issues.push({
      field: 'name',
      message: `Tên đơn vị: trùng với đơn vị đã có “${sameName.name}”.`
    })
  }
  if (unit.shortName) {
    const shortKey = toneKey(unit.shortName)
    const sameShort = rivals.find((o) => o.shortName && toneKey(o.shortName) === shortKey)
    if (sameShort) {
      issues.push({
        field: 'shortName',
        message: `Tên ngắn: trùng với đơn vị đã có “${sameShort.name}”.`
      })
    }
  }
  return issues
}

/** Why a unit cannot be deleted: the years, meetings and documents that name it. Empty: free. */
export function referencesTo(
  unitId: string,
  refs: {
    years: ClusterYear[]
    attendanceCount: number
    meetingHostCount: number
    scoreCount: number
    progressCount: number
    personCount?: number
  }
): string[] {
  const out: string[] = []
  const years = refs.years.filter(
    (y) =>
      y.memberUnitIds.includes(unitId) || y.leaderUnitId === unitId || y.deputyUnitId === unitId
  )
  if (years.length)
    out.push(
      `thành viên các năm ${years
        .map((y) => y.year)
        .sort()
        .join(', ')}`
    )
  if (refs.attendanceCount) out.push(`${refs.attendanceCount} lượt dự họp`)
  if (refs.meetingHostCount) out.push(`đăng cai ${refs.meetingHostCount} hội nghị`)
  if (refs.scoreCount) out.push(`${refs.scoreCount} điểm chấm`)
  if (refs.progressCount) out.push(`${refs.progressCount} mục theo dõi giao ước`)
  return out
}

const FRONT_PREFIXES = [
  'Ủy ban MTTQ Việt Nam',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Uỷ ban MTTQ Việt Nam'
]

/**
 * Header lines derived from a unit's sentence-case name: the Front committee on the first line,
 * the place on the second, in Vietnamese uppercase — `Ủy ban MTTQ Việt Nam quận Ba Đình` →
 * `ỦY BAN MTTQ VIỆT NAM` / `QUẬN BA ĐÌNH`. Used unless the unit stores its own lines.
 */
export function deriveHeaderLines(name: string): string[] {
  const clean = name.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!clean) return []
  const prefix = FRONT_PREFIXES.find((p) =>
    clean.toLocaleLowerCase('vi').startsWith(p.toLocaleLowerCase('vi') + ' ')
  )
  if (!prefix) return [clean.toLocaleUpperCase('vi')]
  return [
    clean.slice(0, prefix.length).toLocaleUpperCase('vi'),
    clean.slice(prefix.length + 1).toLocaleUpperCase('vi')
  ]
}

/** The header lines a document prints for a unit: its own if stored, else derived from its name. */
export function unitHeaderLines(unit: { name: string; headerLines: string[] }): string[] {
  return unit.headerLines.length > 0 ? unit.headerLines : deriveHeaderLines(unit.name)
}
