import ExcelJS, { type Cell, type Worksheet } from 'exceljs'
import { toSafeFileName } from '../../text/file-name'
import { formatDateVi } from '../../text/dates'
import type { EvidenceRef, ScoreAdjustment, ScoreEntry, ScoringArithmetic } from '../model'
import type { CriteriaPlan } from '../plan'
import { formatExact, stepWords, type Hundredths } from '../points'
import { computeUnitTotals, unitValuesFrom } from '../totals'
import {
  CLUSTER_ROW,
  column,
  COLUMNS,
  FORMAT_TAG,
  GUIDE_ROW,
  HEADER_ROW,
  ID_SHEET_NAME,
  IDENTITY_KEYS,
  IDENTITY_ROWS_FROM,
  SHEET_NAME,
  sheetRows,
  TITLE_ROW,
  UNIT_ROW,
  type IdentityKey,
  type SheetRow
} from './layout'

/** Everything one unit's score sheet is made from. */
export interface ScoreSheetExport {
  cluster: { id: string; name: string; parentBody: string }
  year: number
  unit: { id: string; name: string }
  plan: CriteriaPlan
  rules: Pick<
    ScoringArithmetic,
    'step' | 'decimals' | 'bonusCap' | 'penaltyCap' | 'floorAtZero' | 'declaredMax'
  > & { selfScoreDeadline?: string }
  /** What is already recorded for the unit, written into the input cells (a sheet sent again). */
  current?: {
    entries: Array<
      Pick<
        ScoreEntry,
        | 'criterionId'
        | 'target'
        | 'actual'
        | 'selfScore'
        | 'selfNote'
        | 'evidence'
        | 'reviewedScore'
      >
    >
    adjustments: Array<
      Pick<
        ScoreAdjustment,
        | 'criterionId'
        | 'kind'
        | 'proposedBy'
        | 'selfPoints'
        | 'reviewedPoints'
        | 'reason'
        | 'evidence'
      >
    >
  }
  /** When it is exported (an ISO timestamp), recorded in the identity sheet. */
  exportedAt: string
}

const FONT = 'Times New Roman'
const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const
const HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } as const
const THIN = { style: 'thin', color: { argb: 'FF808080' } } as const
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }

/** `Phiếu chấm 2024 - Ủy ban MTTQ Việt Nam quận Đống Đa.xlsx`, safe on Windows. */
export function scoreSheetFileName(year: number, unitName: string): string {
  return toSafeFileName(`Phiếu chấm điểm thi đua ${year} - ${unitName}`, 'xlsx')
}

/** A date as Excel stores it: midnight UTC, which ExcelJS reads back as the same day. */
const excelDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

/** The recorded inputs of one sheet row, or nothing. */
function prefill(input: ScoreSheetExport, row: SheetRow) {
  const current = input.current
  if (!current) return null
  if (row.kind === 'base') {
    const e = current.entries.find((x) => x.criterionId === row.criterionId)
    return e
      ? {
          target: e.target,
          actual: e.actual,
          score: e.selfScore,
          note: e.selfNote,
          evidence: e.evidence[0]
        }
      : null
  }
  if (row.kind !== 'bonus' && row.kind !== 'penalty') return null
  const known = new Set(input.plan.rows.map((r) => r.id))
  const own = current.adjustments.filter(
    (a) =>
      a.kind === row.kind &&
      a.proposedBy === 'unit' &&
      (row.criterionId ? a.criterionId === row.criterionId : !known.has(a.criterionId))
  )
  if (own.length === 0) return null
  const claimed = own.filter((a) => a.selfPoints !== null)
  return {
    target: null,
    actual: null,
    score: claimed.length ? claimed.reduce((s, a) => s + a.selfPoints!, 0) : null,
    note: own.map((a) => a.reason).join('; '),
    evidence: own.flatMap((a) => a.evidence)[0]
  }
}

function styleCell(
  cell: Cell,
  options: { bold?: boolean; input?: boolean; wrap?: boolean; align?: 'left' | 'center' | 'right' }
) {
  cell.font = { name: FONT, size: 12, bold: options.bold ?? false }
  cell.border = BORDER
  cell.alignment = {
    vertical: 'middle',
    horizontal: options.align ?? 'left',
    wrapText: options.wrap ?? false
  }
  if (options.input) {
    cell.fill = INPUT_FILL
    cell.protection = { locked: false }
  }
}

/**
 * The height a row needs for its wrapped text, in points: Excel and LibreOffice do not grow a row
 * for wrapped text on their own when a file is opened, so a long criterion would be cut off on
 * screen and on paper. Estimated from the text length and the column width (Times New Roman 12
 * fits about 1,1 characters per unit of column width).
 */
function rowHeight(row: ExcelJS.Row): number {
  let lines = 1
  COLUMNS.forEach((c, i) => {
    const value = row.getCell(i + 1).value
    if (typeof value !== 'string' || value === '') return
    const perLine = Math.max(4, Math.floor(c.width * 1.1))
    const needed = value
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0)
    lines = Math.max(lines, needed)
  })
  return 16 * lines
}

/** The data validation of an input cell: what Excel itself refuses while the unit types. */
function validation(row: SheetRow, key: string, ref: string, step: number) {
  const error = (text: string) => ({
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: 'Giá trị không hợp lệ',
    error: text
  })
  if (key === 'score') {
    const perPoint = 100 / step
    const max = row.max === null ? '' : `,${ref}<=${row.max / 100}`
    const limit = row.max === null ? '' : ` đến ${formatExact(row.max)}`
    return {
      type: 'custom' as const,
      formulae: [`AND(ISNUMBER(${ref}),${ref}>=0${max},MOD(${ref}*${perPoint},1)=0)`],
      ...error(`Điểm là số từ 0${limit}, bước ${stepWords(step as 100 | 50 | 25)} điểm.`)
    }
  }
  if (key === 'target' || key === 'actual')
    return {
      type: 'decimal' as const,
      operator: 'greaterThanOrEqual' as const,
      formulae: [0],
      ...error('Chỉ tiêu, kết quả là số không âm.')
    }
  if (key === 'docDate')
    return {
      type: 'date' as const,
      operator: 'between' as const,
      formulae: [new Date(Date.UTC(1990, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
      ...error('Ngày văn bản viết dạng ngày/tháng/năm, ví dụ 15/03/2024.')
    }
  return {
    type: 'textLength' as const,
    operator: 'lessThanOrEqual' as const,
    formulae: [2000],
    ...error('Tối đa 2.000 ký tự.')
  }
}

function writeInputs(sheet: Worksheet, row: SheetRow, input: ScoreSheetExport) {
  const values = prefill(input, row)
  const evidence: EvidenceRef | undefined = values?.evidence
  const given: Record<string, string | number | Date | null> = {
    target: values?.target ?? null,
    actual: values?.actual ?? null,
    score: values?.score === null || values?.score === undefined ? null : values.score / 100,
    note: values?.note || null,
    docNumber: evidence?.documentNumber || null,
    docDate: evidence?.documentDate ? excelDate(evidence.documentDate) : null,
    fileName: evidence?.fileName || null,
    page: evidence?.page || null
  }
  for (const key of row.inputs) {
    const ref = `${column(key)}${row.row}`
    const cell = sheet.getCell(ref)
    const isNumber = key === 'score' || key === 'target' || key === 'actual'
    styleCell(cell, { input: true, wrap: !isNumber, align: isNumber ? 'right' : 'left' })
    if (key === 'score')
      cell.numFmt = input.rules.decimals === 0 ? '0' : `0.${'0'.repeat(input.rules.decimals)}`
    if (key === 'docDate') cell.numFmt = 'dd/mm/yyyy'
    if (row.kind === 'signer' || row.kind === 'signed-on') {
      cell.dataValidation = validation(
        row,
        row.kind === 'signed-on' ? 'docDate' : 'note',
        ref,
        input.rules.step
      )
      continue
    }
    cell.dataValidation = validation(row, key, ref, input.rules.step)
    if (given[key] !== null && given[key] !== undefined) cell.value = given[key]
  }
}

/**
 * "Xuất phiếu chấm": one unit's score sheet as .xlsx bytes. The criteria, maxima, unit and year
 * are printed and protected; only the yellow input cells are open, each validated (a score on the
 * step grid within its maximum, a number, a date); group rows and totals are formulas with their
 * values already computed; a very hidden sheet names the cluster, year, unit and criteria version
 * so that "Nhập phiếu chấm" can refuse a sheet that is not this one. A4 landscape, fitted to the
 * page width, header row repeated, Vietnamese labels throughout.
 */
export async function buildScoreSheetWorkbook(input: ScoreSheetExport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = input.cluster.name
  workbook.created = new Date(input.exportedAt)
  workbook.modified = new Date(input.exportedAt)
  workbook.calcProperties = { fullCalcOnLoad: true }
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&11Trang &P/&N' },
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }]
  })
  COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width))
  const last = COLUMNS[COLUMNS.length - 1]!.letter
  const title = (
    rowNumber: number,
    text: string,
    options: { bold?: boolean; size?: number; italic?: boolean }
  ) => {
    sheet.mergeCells(`A${rowNumber}:${last}${rowNumber}`)
    const cell = sheet.getCell(`A${rowNumber}`)
    cell.value = text
    cell.font = {
      name: FONT,
      size: options.size ?? 12,
      bold: options.bold ?? false,
      italic: options.italic ?? false
    }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  }
  title(TITLE_ROW, `PHIẾU TỰ CHẤM ĐIỂM THI ĐUA NĂM ${input.year}`, { bold: true, size: 14 })
  title(CLUSTER_ROW, [input.cluster.name, input.cluster.parentBody].filter(Boolean).join(' — '), {
    bold: true
  })
  title(UNIT_ROW, `Đơn vị: ${input.unit.name}`, { bold: true })
  const deadline = input.rules.selfScoreDeadline
    ? ` Hạn gửi lại: ${formatDateVi(input.rules.selfScoreDeadline)}.`
    : ''
  title(
    GUIDE_ROW,
    `Chỉ nhập vào các ô màu vàng. Điểm tự chấm là số từ 0 đến điểm chuẩn, bước ${stepWords(input.rules.step)} điểm. Không thêm, xóa, đổi chỗ dòng hay sửa nội dung tiêu chí; không đổi tên trang.${deadline}`,
    { italic: true, size: 11 }
  )
  sheet.getRow(GUIDE_ROW).height = 32
  const header = sheet.getRow(HEADER_ROW)
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.value = c.header
    styleCell(cell, { bold: true, wrap: true, align: 'center' })
    cell.fill = HEAD_FILL
  })
  header.height = 45

  const rows = sheetRows(input.plan, input.rules)
  const totals = computeUnitTotals(
    input.plan,
    input.rules,
    unitValuesFrom(
      input.plan,
      input.current?.entries ?? [],
      input.current?.adjustments ?? [],
      'self'
    )
  )
  const scoreCol = column('score')
  const rowOfGroup = new Map<number, number>()
  for (const r of rows) if (r.kind === 'group') rowOfGroup.set(r.plan!.slot, r.row)
  const childrenOf = (predicate: (r: SheetRow) => boolean) =>
    rows.filter(predicate).map((r) => `${scoreCol}${r.row}`)
  const sumOf = (cells: string[]) => (cells.length ? `SUM(${cells.join(',')})` : '0')
  const capped = (expr: string, max: Hundredths | null) =>
    max === null ? expr : `MIN(${max / 100},${expr})`
  const partRow = new Map<string, number>()
  let subtotalRow = 0

  for (const r of rows) {
    const excelRow = sheet.getRow(r.row)
    const bold =
      r.kind === 'group' || r.kind === 'part' || r.kind === 'subtotal' || r.kind === 'total'
    styleCell(excelRow.getCell(1), { bold, align: 'center' })
    styleCell(excelRow.getCell(2), { bold, wrap: true })
    excelRow.getCell(1).value = r.label || null
    excelRow.getCell(2).value = r.text
    const maxCell = excelRow.getCell(3)
    styleCell(maxCell, { bold, align: 'right' })
    if (r.max !== null && r.kind !== 'part') maxCell.value = r.max / 100
    for (let c = 4; c <= COLUMNS.length; c++) styleCell(excelRow.getCell(c), { bold })
    const score = sheet.getCell(`${scoreCol}${r.row}`)
    score.numFmt = input.rules.decimals === 0 ? '0' : `0.${'0'.repeat(input.rules.decimals)}`
    score.alignment = { horizontal: 'right', vertical: 'middle' }
    if (r.kind === 'part') partRow.set(r.label, r.row)
    if (r.kind === 'group') {
      const slot = r.plan!.slot
      const cells = childrenOf((x) => x.plan?.parent === slot)
      score.value = { formula: capped(sumOf(cells), r.max), result: totals.groups[slot]! / 100 }
    } else if (r.kind === 'subtotal') {
      subtotalRow = r.row
      const cells = childrenOf((x) => x.plan?.part === 'base' && x.plan.parent === -1)
      score.value = { formula: sumOf(cells), result: totals.base / 100 }
    } else if (r.kind === 'part') {
      const part = r.label === 'A' ? 'bonus' : 'penalty'
      const cells = childrenOf((x) =>
        x.plan ? x.plan.part === part && x.plan.parent === -1 : x.kind === part
      )
      score.value = {
        formula: capped(sumOf(cells), r.max),
        result: (part === 'bonus' ? totals.bonus : totals.penalty) / 100
      }
    } else if (r.kind === 'total') {
      const bonus = partRow.get('A')
      const penalty = partRow.get('B')
      const expr = `${scoreCol}${subtotalRow}${bonus ? `+${scoreCol}${bonus}` : ''}${penalty ? `-${scoreCol}${penalty}` : ''}`
      score.value = {
        formula: input.rules.floorAtZero ? `MAX(0,${expr})` : expr,
        result: totals.total / 100
      }
    }
    writeInputs(sheet, r, input)
    excelRow.height = rowHeight(excelRow)
    if (r.kind === 'signer' || r.kind === 'signed-on') {
      for (let c = 3; c <= COLUMNS.length; c++) {
        const cell = excelRow.getCell(c)
        if (c !== COLUMNS.findIndex((x) => x.key === 'note') + 1) cell.border = {}
      }
    }
  }
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true
  })

  const id = workbook.addWorksheet(ID_SHEET_NAME, { state: 'veryHidden' })
  const identity: Record<IdentityKey, string> = {
    format: FORMAT_TAG,
    clusterId: input.cluster.id,
    clusterName: input.cluster.name,
    year: String(input.year),
    unitId: input.unit.id,
    unitName: input.unit.name,
    criteriaVersion: input.plan.version,
    exportedAt: input.exportedAt
  }
  IDENTITY_KEYS.forEach((key, i) => {
    id.getCell(i + 1, 1).value = key
    id.getCell(i + 1, 2).value = identity[key]
  })
  rows.forEach((r, i) => {
    const line = id.getRow(IDENTITY_ROWS_FROM + i)
    line.values = [r.row, r.kind, r.criterionId, r.label, r.text, r.max === null ? '' : r.max]
  })
  await id.protect('', {})
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as unknown as ArrayBuffer)
}
