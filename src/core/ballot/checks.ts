import type { FieldIssue } from '../model/validation'
import type { VoteAttendance } from '../rules/votes'
import type { Ballot, BallotCount, TallyEntry } from './model'
import { sectionName } from './words'

/**
 * What the screens check before a count can give a result: the board, and each entry against the
 * ballot and the papers returned. Errors stop the result; warnings are shown and may stand.
 */

export interface BallotIssue extends FieldIssue {
  severity: 'error' | 'warning'
}

const error = (field: string, message: string): BallotIssue => ({
  field,
  message,
  severity: 'error'
})
const warning = (field: string, message: string): BallotIssue => ({
  field,
  message,
  severity: 'warning'
})

/**
 * The Ban kiểm phiếu (year-end.md §B.3.2): one Trưởng ban; usually three people from different
 * units; a member whose unit is a candidate on the paper is allowed by some Quy chế and not by
 * others, so it is a warning naming the section.
 */
export function checkBoard(
  ballot: Pick<Ballot, 'sections'>,
  count: Pick<BallotCount, 'board'>,
  unitNames: Record<string, string> = {}
): BallotIssue[] {
  const issues: BallotIssue[] = []
  const heads = count.board.filter((m) => m.role === 'head').length
  if (heads !== 1)
    issues.push(
      error(
        'board',
        heads === 0
          ? 'Ban kiểm phiếu: chưa chọn Trưởng ban.'
          : `Ban kiểm phiếu: có ${heads} Trưởng ban; chỉ một người làm Trưởng ban.`
      )
    )
  if (count.board.length !== 3)
    issues.push(
      warning(
        'board',
        `Ban kiểm phiếu có ${count.board.length} người; thông thường gồm 03 người (Trưởng ban và 02 thành viên).`
      )
    )
  const seen = new Map<string, string>()
  count.board.forEach((m, i) => {
    if (!m.unitId && !m.unitName)
      issues.push(error(`board.${i}.unitId`, `Ban kiểm phiếu: chưa ghi đơn vị của ${m.name}.`))
    if (m.unitId) {
      const other = seen.get(m.unitId)
      if (other)
        issues.push(
          warning(
            `board.${i}.unitId`,
            `Ban kiểm phiếu: ${other} và ${m.name} cùng đơn vị ${unitNames[m.unitId] ?? m.unitId}; thành viên thường ở các đơn vị khác nhau.`
          )
        )
      seen.set(m.unitId, m.name)
      const sections = ballot.sections.filter((s) =>
        s.candidates.some((c) => c.unitId === m.unitId)
      )
      if (sections.length > 0)
        issues.push(
          warning(
            `board.${i}.unitId`,
            `Ban kiểm phiếu: ${m.name} thuộc ${unitNames[m.unitId] ?? sections[0]!.candidates.find((c) => c.unitId === m.unitId)!.label}, đơn vị có tên trên phiếu (${sections.map((s) => s.title).join('; ')}).`
          )
        )
    }
  })
  return issues
}

/**
 * A ballot against its year before printing: one paper per unit cannot be more papers than
 * members, every unit on the paper is a member that year, and a unit flagged vướng mắc on an
 * award section is a warning (the award step refuses it, NĐ 152/2025 Điều 4 khoản 4).
 */
export function checkBallot(
  ballot: Pick<Ballot, 'sections' | 'electorBasis' | 'electors'>,
  year: { memberUnitIds: string[]; flagged: ReadonlySet<string> }
): BallotIssue[] {
  const issues: BallotIssue[] = []
  if (ballot.electorBasis === 'unit' && ballot.electors > year.memberUnitIds.length)
    issues.push(
      error(
        'electors',
        `Mỗi đơn vị một phiếu nên số người bỏ phiếu (${ballot.electors}) không thể nhiều hơn số đơn vị thành viên (${year.memberUnitIds.length}).`
      )
    )
  ballot.sections.forEach((section, i) => {
    const award = ['leading-unit', 'flag', 'merit'].includes(section.kind)
    for (const c of section.candidates) {
      if (!year.memberUnitIds.includes(c.unitId))
        issues.push(
          error(
            `sections.${i}.candidates`,
            `${section.title}: ${c.label} không phải đơn vị thành viên năm nay.`
          )
        )
      else if (award && year.flagged.has(c.unitId))
        issues.push(
          warning(
            `sections.${i}.candidates`,
            `${section.title}: ${c.label} đang có vướng mắc, chưa được đề nghị khen thưởng (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4).`
          )
        )
    }
  })
  return issues
}

/** Who was absent, as the written-opinion check needs it. */
export interface AbsentElectors {
  /** Electors entitled but not present (units or people). */
  count: number
  /** The absent member units, when one paper per unit. */
  unitIds?: string[]
}

/**
 * One entry against the ballot and the count: the papers entered are the papers returned, every
 * mark belongs to a section and a unit on the paper, typed totals add up row by row and never give
 * more choices than a section allows, written opinions come from absent electors only.
 */
export function checkEntry(
  ballot: Pick<Ballot, 'sections' | 'marking' | 'validity'>,
  count: Pick<BallotCount, 'ballotsReturned' | 'board'>,
  entry: Pick<TallyEntry, 'mode' | 'papers' | 'totals' | 'written' | 'enteredBy'>,
  absent: AbsentElectors,
  label: string
): BallotIssue[] {
  const issues: BallotIssue[] = []
  const who = count.board[entry.enteredBy]?.name
  const prefix = `${label}${who ? ` (${who})` : ''}`
  if (!who) issues.push(error('enteredBy', `${prefix}: người nhập không có trong Ban kiểm phiếu.`))
  const checkMarks = (marks: TallyEntry['papers'][number]['marks'], where: string) => {
    for (const [key, rows] of Object.entries(marks)) {
      const section = ballot.sections.find((s) => s.key === key)
      if (!section) {
        issues.push(error(where, `${prefix}, ${where}: có dấu ở mục không có trên phiếu.`))
        continue
      }
      for (const unitId of Object.keys(rows))
        if (!section.candidates.some((c) => c.unitId === unitId))
          issues.push(
            error(
              where,
              `${prefix}, ${where}: có dấu cho đơn vị không có trong ${sectionName(ballot, key)}.`
            )
          )
    }
  }
  if (entry.mode === 'papers') {
    if (entry.papers.length !== count.ballotsReturned)
      issues.push(
        error(
          'papers',
          `${prefix}: đã nhập ${entry.papers.length} phiếu nhưng số phiếu thu vào là ${count.ballotsReturned}.`
        )
      )
    entry.papers.forEach((p, i) => checkMarks(p.marks, `phiếu thứ ${i + 1}`))
  } else if (entry.totals) {
    const t = entry.totals
    if (t.valid + t.invalid.length !== count.ballotsReturned)
      issues.push(
        error(
          'totals.valid',
          `${prefix}: phiếu hợp lệ (${t.valid}) cộng không hợp lệ (${t.invalid.length}) phải bằng số phiếu thu vào (${count.ballotsReturned}).`
        )
      )
    for (const section of ballot.sections) {
      const given = t.sections[section.key]
      const name = sectionName(ballot, section.key)
      const voided = given?.void ?? 0
      const counted = t.valid - voided
      if (counted < 0) {
        issues.push(
          error(
            `totals.sections.${section.key}.void`,
            `${prefix}, ${name}: số phiếu không hợp lệ ở mục (${voided}) nhiều hơn số phiếu hợp lệ (${t.valid}).`
          )
        )
        continue
      }
      let agreeSum = 0
      for (const c of section.candidates) {
        const row = given?.candidates[c.unitId] ?? { agree: 0, disagree: 0, blank: 0 }
        agreeSum += row.agree
        const sum = row.agree + row.disagree + row.blank
        if (sum !== counted)
          issues.push(
            error(
              `totals.sections.${section.key}.${c.unitId}`,
              `${prefix}, ${name} — ${c.label}: đồng ý (${row.agree}) + không đồng ý (${row.disagree}) + để trống (${row.blank}) = ${sum}, phải bằng ${counted} phiếu được tính ở mục này.`
            )
          )
      }
      if (ballot.validity.overLimit !== 'off' && agreeSum > section.maxChoices * counted)
        issues.push(
          error(
            `totals.sections.${section.key}`,
            `${prefix}, ${name}: tổng số phiếu đồng ý (${agreeSum}) vượt quá ${section.maxChoices} × ${counted} phiếu; mỗi phiếu chỉ chọn tối đa ${section.maxChoices} đơn vị.`
          )
        )
    }
  }
  if (entry.written.length > absent.count)
    issues.push(
      error(
        'written',
        `${prefix}: ${entry.written.length} phiếu lấy ý kiến bằng văn bản nhưng chỉ có ${absent.count} người (đơn vị) vắng mặt.`
      )
    )
  const from = new Set<string>()
  entry.written.forEach((w, i) => {
    checkMarks(w.marks, `phiếu lấy ý kiến thứ ${i + 1}`)
    if (!w.unitId) return
    if (from.has(w.unitId))
      issues.push(
        error(`written.${i}`, `${prefix}: một đơn vị gửi hai phiếu lấy ý kiến bằng văn bản.`)
      )
    from.add(w.unitId)
    if (absent.unitIds && !absent.unitIds.includes(w.unitId))
      issues.push(
        error(
          `written.${i}`,
          `${prefix}: phiếu lấy ý kiến thứ ${i + 1} của đơn vị không vắng mặt; đơn vị có mặt thì bỏ phiếu tại hội nghị.`
        )
      )
  })
  return issues
}

/** The entries present and entered by different people, as double entry requires. */
export function checkEntriesPresent(count: Pick<BallotCount, 'doubleEntry' | 'entries' | 'board'>) {
  const issues: BallotIssue[] = []
  const needed = count.doubleEntry ? 2 : 1
  if (count.entries.length < needed)
    issues.push(
      error(
        'entries',
        count.entries.length === 0
          ? 'Chưa nhập kết quả kiểm phiếu.'
          : 'Nhập hai lần: chưa có số liệu của thành viên thứ hai trong Ban kiểm phiếu.'
      )
    )
  if (count.doubleEntry && count.entries.length === 2) {
    const [a, b] = count.entries as [TallyEntry, TallyEntry]
    if (a.enteredBy === b.enteredBy)
      issues.push(
        error(
          'entries.1.enteredBy',
          'Nhập hai lần: hai lần nhập phải do hai thành viên khác nhau của Ban kiểm phiếu.'
        )
      )
  }
  return issues
}

/** Electors absent under the ballot's basis. */
export function absentElectors(
  ballot: Pick<Ballot, 'electorBasis' | 'electors'>,
  count: Pick<BallotCount, 'present'>,
  attendance: VoteAttendance,
  absentUnitIds?: string[]
): AbsentElectors {
  const present =
    count.present ??
    (ballot.electorBasis === 'unit' ? attendance.present : attendance.representatives)
  const total = ballot.electorBasis === 'unit' ? attendance.members : ballot.electors
  return {
    count: Math.max(0, total - present),
    ...(ballot.electorBasis === 'unit' && absentUnitIds ? { unitIds: absentUnitIds } : {})
  }
}
