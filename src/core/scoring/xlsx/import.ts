import ExcelJS, { type Cell, type Workbook, type Worksheet } from 'exceljs'
import { parseDateVi } from '../../text/dates'
import { normalizeLine, normalizeText } from '../../text/normalize'
import { checkLeafScore } from '../checks'
import type { ImportedEntry, ImportedItem, ImportedScores } from '../diff'
import type { EvidenceRef, ScoringArithmetic } from '../model'
import { criterionName, type CriteriaPlan, type PlanRow } from '../plan'
import {
  formatExact,
  parseScoreText,
  pointsToHundredths,
  stepWords,
  type Hundredths
} from '../points'
import {
  CLUSTER_ROW,
  column,
  COLUMNS,
  FORMAT_TAG,
  HEADER_ROW,
  ID_SHEET_NAME,
  IDENTITY_KEYS,
  IDENTITY_ROWS_FROM,
  inputsOf,
  SHEET_NAME,
  TITLE_ROW,
  UNIT_ROW,
  type IdentityKey,
  type SheetColumn,
  type SheetRow
} from './layout'
import { inspectXlsx, XLSX_LIMITS, type XlsxLimits } from './zip-guard'

const IGNORED_NODES = [
  'dataValidations',
  'sheetProtection',
  'conditionalFormatting',
  'hyperlinks',
  'pageSetup',
  'pageMargins',
  'printOptions',
  'headerFooter',
  'rowBreaks',
  'drawing',
  'picture',
  'autoFilter',
  'extLst'
]

/** What a returned sheet is checked against: the cluster year it must belong to. */
export interface ImportContext {
  cluster: { id: string; name: string }
  year: number
  /** The year's member units, with their names as that year. */
  units: Array<{ id: string; name: string }>
  plan: CriteriaPlan
  rules: Pick<ScoringArithmetic, 'step'>
  /** When importing into one unit's sheet: any other unit's workbook is refused. */
  expectedUnitId?: string
  limits?: XlsxLimits
}

export type ImportResult =
  | {
      ok: true
      fileName: string
      unitId: string
      unitName: string
      exportedAt: string
      scores: ImportedScores
    }
  | { ok: false; fileName: string; issues: string[] }

/** A cell's content as the reader judges it. */
type CellContent =
  | { type: 'empty' }
  | { type: 'number'; value: number }
  | { type: 'text'; value: string }
  | { type: 'date'; value: Date }
  | { type: 'formula'; formula: string }
  | { type: 'other'; value: string }

function contentOf(cell: Cell): CellContent {
  const value = cell.value as unknown
  if (value === null || value === undefined) return { type: 'empty' }
  if (typeof value === 'number') return { type: 'number', value }
  if (typeof value === 'string')
    return value.trim() === '' ? { type: 'empty' } : { type: 'text', value }
  if (value instanceof Date) return { type: 'date', value }
  if (typeof value === 'boolean') return { type: 'other', value: value ? 'TRUE' : 'FALSE' }
  const object = value as Record<string, unknown>
  if ('formula' in object || 'sharedFormula' in object)
    return { type: 'formula', formula: String(object.formula ?? object.sharedFormula ?? '') }
  if (Array.isArray(object.richText)) {
    const text = (object.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('')
    return text.trim() === '' ? { type: 'empty' } : { type: 'text', value: text }
  }
  if (typeof object.text === 'string') return { type: 'text', value: object.text }
  if ('error' in object) return { type: 'other', value: String(object.error) }
  return { type: 'other', value: String(value) }
}

/** The text of a cell written by the export (label, criterion text, header). */
function textOf(cell: Cell): string {
  const content = contentOf(cell)
  if (content.type === 'text' || content.type === 'other') return normalizeLine(content.value)
  if (content.type === 'number') return String(content.value)
  return ''
}

const isoOfExcelDate = (date: Date) =>
  `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`

/** The identity sheet's fields and rows, or null when it is missing or not ours. */
function readIdentity(
  sheet: Worksheet | undefined
): { fields: Record<IdentityKey, string>; rows: SheetRow[] } | null {
  if (!sheet) return null
  const fields = {} as Record<IdentityKey, string>
  IDENTITY_KEYS.forEach((key, i) => {
    if (textOf(sheet.getCell(i + 1, 1)) === key) fields[key] = textOf(sheet.getCell(i + 1, 2))
  })
  if (fields.format !== FORMAT_TAG) return null
  const rows: SheetRow[] = []
  for (let r = IDENTITY_ROWS_FROM; r < IDENTITY_ROWS_FROM + XLSX_LIMITS.maxRows; r++) {
    const line = sheet.getRow(r)
    const row = Number(textOf(line.getCell(1)))
    if (!Number.isInteger(row) || row <= 0) break
    const max = textOf(line.getCell(6))
    rows.push({
      row,
      kind: textOf(line.getCell(2)) as SheetRow['kind'],
      criterionId: textOf(line.getCell(3)),
      label: textOf(line.getCell(4)),
      text: textOf(line.getCell(5)),
      max: max === '' ? null : Number(max),
      inputs: [],
      plan: null
    })
  }
  return { fields, rows }
}

/** Where a problem is: `Tệp «…», ô F9 (tiêu chí I.2 «…»)`. */
function place(fileName: string, ref: string, row: SheetRow, plan: PlanRow | null): string {
  const what = plan ? criterionName(plan) : row.text ? `«${row.text}»` : ''
  return `Tệp «${fileName}», ô ${ref}${what ? ` (${what})` : ''}`
}

interface RowReader {
  issues: string[]
  cell(key: SheetColumn['key']): { ref: string; content: CellContent }
  where(ref: string): string
}

function readScore(
  reader: RowReader,
  row: SheetRow,
  plan: PlanRow | null,
  step: ScoringArithmetic['step']
): Hundredths | null {
  const { ref, content } = reader.cell('score')
  let value: Hundredths | null
  if (content.type === 'empty') return null
  if (content.type === 'number') {
    value = content.value < 0 ? -1 : pointsToHundredths(content.value)
    if (value === null) {
      reader.issues.push(
        `${reader.where(ref)}: điểm ${String(content.value).replace('.', ',')} không đúng bước chấm ${stepWords(step)} điểm.`
      )
      return null
    }
  } else if (content.type === 'text') {
    const parsed = parseScoreText(content.value)
    if (!parsed.ok) {
      reader.issues.push(`${reader.where(ref)}: ${parsed.message}.`)
      return null
    }
    value = parsed.value
  } else {
    reader.issues.push(
      `${reader.where(ref)}: ô điểm phải là số, không phải ${content.type === 'date' ? 'ngày tháng' : `«${(content as { value: string }).value}»`}.`
    )
    return null
  }
  if (value === null) return null
  if (value < 0) {
    reader.issues.push(`${reader.where(ref)}: điểm không được âm.`)
    return null
  }
  const problem = plan
    ? checkLeafScore(plan, value, step)
    : value % step !== 0
      ? `điểm ${formatExact(value)} không đúng bước chấm ${stepWords(step)} điểm.`
      : row.max !== null && value > row.max
        ? `điểm ${formatExact(value)} vượt mức tối đa ${formatExact(row.max)}.`
        : null
  if (problem) {
    // The criterion is already named in the place; keep only what is wrong.
    reader.issues.push(`${reader.where(ref)}: ${problem.replace(/^[^:]*«[^»]*»: /, '')}`)
    return null
  }
  return value
}

function readQuantity(reader: RowReader, key: 'target' | 'actual'): number | null {
  const { ref, content } = reader.cell(key)
  if (content.type === 'empty') return null
  if (content.type === 'number' && Number.isFinite(content.value)) return content.value
  if (content.type === 'text' && /^\s*\d+(?:[.,]\d+)?\s*$/.test(content.value))
    return Number(content.value.trim().replace(',', '.'))
  reader.issues.push(
    `${reader.where(ref)}: ${key === 'target' ? 'chỉ tiêu' : 'kết quả'} phải là số.`
  )
  return null
}

function readText(reader: RowReader, key: SheetColumn['key'], max: number, prose = false): string {
  const { ref, content } = reader.cell(key)
  if (content.type === 'empty') return ''
  if (content.type === 'formula') return ''
  const raw = content.type === 'date' ? isoOfExcelDate(content.value) : String(content.value)
  const text = prose ? normalizeText(raw) : normalizeLine(raw)
  if (text.length > max) {
    reader.issues.push(`${reader.where(ref)}: dài quá ${max} ký tự.`)
    return ''
  }
  return text
}

function readDate(reader: RowReader, key: SheetColumn['key']): string {
  const { ref, content } = reader.cell(key)
  if (content.type === 'empty') return ''
  if (content.type === 'date') {
    const iso = isoOfExcelDate(content.value)
    const parsed = parseDateVi(iso)
    if (parsed.ok && iso >= '1990-01-01') return parsed.iso
    reader.issues.push(`${reader.where(ref)}: ngày không hợp lệ.`)
    return ''
  }
  if (content.type === 'text') {
    const parsed = parseDateVi(content.value)
    if (parsed.ok) return parsed.iso
    reader.issues.push(`${reader.where(ref)}: ${parsed.message}.`)
    return ''
  }
  reader.issues.push(`${reader.where(ref)}: phải là ngày (ngày/tháng/năm).`)
  return ''
}

function readEvidence(reader: RowReader): EvidenceRef[] {
  const evidence: EvidenceRef = {
    documentNumber: readText(reader, 'docNumber', 100),
    documentDate: readDate(reader, 'docDate'),
    fileName: readText(reader, 'fileName', 260),
    page: readText(reader, 'page', 40)
  }
  return evidence.documentNumber || evidence.documentDate || evidence.fileName ? [evidence] : []
}

/** The identity, checked against the cluster year; the first problem found, or the unit. */
function checkIdentity(
  fileName: string,
  fields: Record<IdentityKey, string>,
  ctx: ImportContext
): { ok: true; unit: { id: string; name: string } } | { ok: false; message: string } {
  const file = `Tệp «${fileName}»`
  if (fields.clusterId !== ctx.cluster.id)
    return {
      ok: false,
      message: `${file}, ô A${CLUSTER_ROW}: phiếu của «${fields.clusterName}», không phải của ${ctx.cluster.name}.`
    }
  if (fields.year !== String(ctx.year))
    return {
      ok: false,
      message: `${file}, ô A${TITLE_ROW}: phiếu chấm năm ${fields.year}, không phải năm ${ctx.year}.`
    }
  const unit = ctx.units.find((u) => u.id === fields.unitId)
  if (!unit)
    return {
      ok: false,
      message: `${file}, ô A${UNIT_ROW}: phiếu của «${fields.unitName}», đơn vị này không thuộc cụm năm ${ctx.year}.`
    }
  if (ctx.expectedUnitId && unit.id !== ctx.expectedUnitId) {
    const expected = ctx.units.find((u) => u.id === ctx.expectedUnitId)?.name ?? ''
    return {
      ok: false,
      message: `${file}, ô A${UNIT_ROW}: phiếu của ${unit.name}, không phải của ${expected}.`
    }
  }
  if (fields.criteriaVersion !== ctx.plan.version)
    return {
      ok: false,
      message: `${file}: phiếu được xuất theo bảng tiêu chí trước khi sửa đổi (tiêu chí đã thay đổi sau khi gửi phiếu). Hãy xuất phiếu mới gửi đơn vị.`
    }
  return { ok: true, unit }
}

/** Checks that the visible sheet is still what was exported: header, labels, texts, maxima. */
function checkStructure(fileName: string, sheet: Worksheet, rows: SheetRow[]): string[] {
  const issues: string[] = []
  COLUMNS.forEach((c, i) => {
    if (textOf(sheet.getCell(HEADER_ROW, i + 1)) !== normalizeLine(c.header))
      issues.push(
        `Tệp «${fileName}», ô ${c.letter}${HEADER_ROW}: tiêu đề cột đã bị sửa (phiếu gốc ghi «${c.header}»).`
      )
  })
  for (const row of rows) {
    const label = textOf(sheet.getCell(`A${row.row}`))
    const text = textOf(sheet.getCell(`B${row.row}`))
    if (text !== normalizeLine(row.text) || label !== normalizeLine(row.label)) {
      issues.push(
        `Tệp «${fileName}», ô ${text !== normalizeLine(row.text) ? 'B' : 'A'}${row.row}: dòng đã bị thêm, xóa, đổi chỗ hoặc sửa nội dung (phiếu gốc ghi «${row.label ? `${row.label}. ` : ''}${row.text}»). Hãy dùng đúng phiếu đã gửi.`
      )
      break
    }
    const isCriterion =
      row.kind === 'group' || row.kind === 'base' || row.kind === 'bonus' || row.kind === 'penalty'
    if (isCriterion && row.max !== null) {
      const max = contentOf(sheet.getCell(`C${row.row}`))
      if (max.type !== 'number' || pointsToHundredths(max.value) !== row.max) {
        issues.push(
          `Tệp «${fileName}», ô C${row.row}: điểm chuẩn đã bị sửa (phiếu gốc ghi ${formatExact(row.max)}).`
        )
        break
      }
    }
  }
  return issues
}

/**
 * "Nhập phiếu chấm": reads one returned workbook. It is refused, with Vietnamese messages naming
 * the file and the cell, when it is hostile (see `inspectXlsx`), not a score sheet of this app,
 * for another cluster, year or unit, made from other criteria, edited in structure (rows added,
 * removed, moved; criteria text or maxima changed), or when an input cell holds a formula, the
 * wrong type, a score off the step grid or above its maximum. Otherwise it returns what the unit
 * declared, for `diffImportedScores` and the secretary's confirmation; nothing is recorded here.
 */
export async function readScoreSheetWorkbook(
  fileName: string,
  bytes: Uint8Array,
  ctx: ImportContext
): Promise<ImportResult> {
  const refuse = (...issues: string[]): ImportResult => ({ ok: false, fileName, issues })
  const guard = inspectXlsx(fileName, bytes, ctx.limits ?? XLSX_LIMITS)
  if (!guard.ok) return refuse(guard.message)
  let workbook: Workbook
  try {
    workbook = await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer, {
      // What the reader never looks at; the validations alone are one entry per input cell.
      ignoreNodes: IGNORED_NODES
    })
  } catch {
    return refuse(`Tệp «${fileName}» bị hỏng, không đọc được.`)
  }
  const identity = readIdentity(workbook.getWorksheet(ID_SHEET_NAME))
  if (!identity)
    return refuse(
      `Tệp «${fileName}» không phải phiếu chấm do phần mềm xuất (thiếu thông tin nhận dạng). Hãy dùng phiếu đã gửi cho đơn vị.`
    )
  const who = checkIdentity(fileName, identity.fields, ctx)
  if (!who.ok) return refuse(who.message)
  const sheet = workbook.getWorksheet(SHEET_NAME)
  if (!sheet)
    return refuse(
      `Tệp «${fileName}»: không tìm thấy trang «${SHEET_NAME}» (trang đã bị đổi tên hoặc xóa).`
    )
  const structure = checkStructure(fileName, sheet, identity.rows)
  if (structure.length) return refuse(...structure)

  const issues: string[] = []
  const entries: ImportedEntry[] = []
  const items: ImportedItem[] = []
  let signerName = ''
  let signedOn = ''
  for (const row of identity.rows) {
    const plan = row.criterionId ? (ctx.plan.byId.get(row.criterionId) ?? null) : null
    const inputs = inputsOf(row.kind)
    if (inputs.length === 0) continue
    const reader: RowReader = {
      issues,
      cell: (key) => {
        const ref = `${column(key)}${row.row}`
        return { ref, content: contentOf(sheet.getCell(ref)) }
      },
      where: (ref) => place(fileName, ref, row, plan)
    }
    const formulas = inputs.filter((key) => reader.cell(key).content.type === 'formula')
    for (const key of formulas) {
      const { ref, content } = reader.cell(key)
      issues.push(
        `${reader.where(ref)}: ô nhập có công thức (=${(content as { formula: string }).formula}); hãy nhập giá trị.`
      )
    }
    if (formulas.length) continue
    if (row.kind === 'signer') signerName = readText(reader, 'note', 200)
    else if (row.kind === 'signed-on') signedOn = readDate(reader, 'note')
    else if (row.kind === 'base' && plan) {
      entries.push({
        criterionId: plan.id,
        target: readQuantity(reader, 'target'),
        actual: readQuantity(reader, 'actual'),
        selfScore: readScore(reader, row, plan, ctx.rules.step),
        selfNote: readText(reader, 'note', 5000, true),
        evidence: readEvidence(reader)
      })
    } else if (row.kind === 'bonus' || row.kind === 'penalty') {
      const points = readScore(reader, row, plan, ctx.rules.step)
      const note = readText(reader, 'note', 2000)
      const evidence = readEvidence(reader)
      if (points === null && !note && evidence.length === 0) continue
      const reason = note || plan?.text || ''
      if (!reason) {
        issues.push(
          `${reader.where(reader.cell('note').ref)}: cần ghi rõ nội dung ${row.kind === 'bonus' ? 'điểm cộng' : 'điểm trừ'}.`
        )
        continue
      }
      items.push({
        criterionId: row.criterionId,
        kind: row.kind,
        selfPoints: points,
        reason,
        evidence
      })
    }
  }
  if (issues.length) return refuse(...issues)
  return {
    ok: true,
    fileName,
    unitId: who.unit.id,
    unitName: who.unit.name,
    exportedAt: identity.fields.exportedAt,
    scores: { entries, items, signerName, signedOn }
  }
}

/**
 * Reads several returned workbooks (dropped or chosen together), one after the other so that
 * memory stays bounded, and refuses the second of two workbooks for the same unit.
 */
export async function readScoreSheetWorkbooks(
  files: Array<{ name: string; bytes: Uint8Array }>,
  ctx: ImportContext
): Promise<ImportResult[]> {
  const results: ImportResult[] = []
  for (const file of files) results.push(await readScoreSheetWorkbook(file.name, file.bytes, ctx))
  return refuseDuplicateUnits(results)
}

/**
 * Of two workbooks read for the same unit, the second is refused, naming the first: only one of
 * them can be what the unit meant. Results stay in the order the files were given (read one after
 * the other or side by side in workers).
 */
export function refuseDuplicateUnits(results: ImportResult[]): ImportResult[] {
  const seen = new Map<string, string>()
  return results.map((result) => {
    if (!result.ok) return result
    const first = seen.get(result.unitId)
    if (first)
      return {
        ok: false,
        fileName: result.fileName,
        issues: [
          `Tệp «${result.fileName}» và tệp «${first}» cùng là phiếu của ${result.unitName}; chỉ nhập một tệp.`
        ]
      }
    seen.set(result.unitId, result.fileName)
    return result
  })
}
