import type { ScoringArithmetic } from '../model'
import type { CriteriaPlan, PlanRow } from '../plan'
import { formatExact, type Hundredths } from '../points'

/**
 * The layout of the score sheet exchanged with member units ("Xuất phiếu chấm" / "Nhập phiếu
 * chấm"), shared by the writer and the reader so that the two cannot drift: the visible sheet,
 * its columns, the row of each criterion, and the very hidden identity sheet.
 */

export const SHEET_NAME = 'Phiếu chấm'
/** Very hidden (Excel offers no way to show it): who and what the sheet was made for. */
export const ID_SHEET_NAME = 'id'
export const FORMAT_TAG = 'cum-thi-dua/phieu-cham/1'

export interface SheetColumn {
  key:
    | 'label'
    | 'text'
    | 'max'
    | 'target'
    | 'actual'
    | 'score'
    | 'note'
    | 'docNumber'
    | 'docDate'
    | 'fileName'
    | 'page'
  letter: string
  header: string
  /** In characters of the default font. */
  width: number
}

export const COLUMNS: SheetColumn[] = [
  { key: 'label', letter: 'A', header: 'STT', width: 6 },
  { key: 'text', letter: 'B', header: 'Nội dung tiêu chí', width: 46 },
  { key: 'max', letter: 'C', header: 'Điểm chuẩn', width: 9.5 },
  { key: 'target', letter: 'D', header: 'Chỉ tiêu', width: 9.5 },
  { key: 'actual', letter: 'E', header: 'Kết quả', width: 9.5 },
  { key: 'score', letter: 'F', header: 'Điểm tự chấm', width: 10 },
  { key: 'note', letter: 'G', header: 'Ghi chú (nội dung điểm cộng, điểm trừ)', width: 30 },
  { key: 'docNumber', letter: 'H', header: 'Minh chứng: số, ký hiệu văn bản', width: 16 },
  { key: 'docDate', letter: 'I', header: 'Ngày văn bản', width: 12 },
  { key: 'fileName', letter: 'J', header: 'Tên tệp minh chứng', width: 18 },
  { key: 'page', letter: 'K', header: 'Trang', width: 7 }
]
export const column = (key: SheetColumn['key']) => COLUMNS.find((c) => c.key === key)!.letter

/** Rows 1–3 name the year, the cluster and the unit; row 4 tells how to fill it in. */
export const TITLE_ROW = 1
export const CLUSTER_ROW = 2
export const UNIT_ROW = 3
export const GUIDE_ROW = 4
export const HEADER_ROW = 6
export const FIRST_ROW = 7

/** One row of the visible sheet, below the header. */
export interface SheetRow {
  /** Sheet row number (1-based). */
  row: number
  kind:
    'group' | 'base' | 'bonus' | 'penalty' | 'part' | 'subtotal' | 'total' | 'signer' | 'signed-on'
  /** The criterion of a group or criterion row; empty for an item outside the criteria. */
  criterionId: string
  label: string
  text: string
  max: Hundredths | null
  /** Inputs the unit fills in on this row. */
  inputs: Array<SheetColumn['key']>
  plan: PlanRow | null
}

/** The cells a unit fills in on a row of each kind (the signer and date lines use the note column). */
export function inputsOf(kind: SheetRow['kind']): Array<SheetColumn['key']> {
  const item: Array<SheetColumn['key']> = [
    'score',
    'note',
    'docNumber',
    'docDate',
    'fileName',
    'page'
  ]
  if (kind === 'base') return ['target', 'actual', ...item]
  if (kind === 'bonus' || kind === 'penalty') return item
  if (kind === 'signer' || kind === 'signed-on') return ['note']
  return []
}

/**
 * The rows of a unit's sheet: the base criteria with their groups, "Cộng điểm các tiêu chí",
 * the bonus part and the penalty part (a line "… khác" when the year caps bonus or penalty but
 * the pact lists no criterion for it), "Tổng cộng", then the signer and the date.
 */
export function sheetRows(
  plan: CriteriaPlan,
  rules: Pick<ScoringArithmetic, 'bonusCap' | 'penaltyCap'>
): SheetRow[] {
  const out: SheetRow[] = []
  let row = FIRST_ROW
  const push = (r: Omit<SheetRow, 'row'>) => out.push({ ...r, row: row++ })
  const fromPlan = (p: PlanRow) =>
    push({
      kind: p.kind,
      criterionId: p.id,
      label: p.label,
      text: p.text,
      max: p.max,
      inputs: inputsOf(p.kind),
      plan: p
    })
  for (const p of plan.rows.filter((r) => r.part === 'base')) fromPlan(p)
  push({
    kind: 'subtotal',
    criterionId: '',
    label: '',
    text: 'Cộng điểm các tiêu chí',
    max: null,
    inputs: [],
    plan: null
  })
  for (const part of ['bonus', 'penalty'] as const) {
    const rows = plan.rows.filter((r) => r.part === part)
    const cap = part === 'bonus' ? rules.bonusCap : rules.penaltyCap
    if (rows.length === 0 && !cap) continue
    const capWords = cap ? ` (tối đa ${formatExact(cap)} điểm)` : ''
    push({
      kind: 'part',
      criterionId: '',
      label: part === 'bonus' ? 'A' : 'B',
      text: (part === 'bonus' ? 'ĐIỂM CỘNG' : 'ĐIỂM TRỪ') + capWords,
      max: cap,
      inputs: [],
      plan: null
    })
    if (rows.length > 0) rows.forEach(fromPlan)
    else
      push({
        kind: part,
        criterionId: '',
        label: '1',
        text: part === 'bonus' ? 'Điểm cộng (ghi rõ nội dung)' : 'Điểm trừ (ghi rõ nội dung)',
        max: cap,
        inputs: inputsOf(part),
        plan: null
      })
  }
  push({
    kind: 'total',
    criterionId: '',
    label: '',
    text: 'TỔNG CỘNG',
    max: null,
    inputs: [],
    plan: null
  })
  push({
    kind: 'signer',
    criterionId: '',
    label: '',
    text: 'Người ký (họ và tên, chức vụ)',
    max: null,
    inputs: inputsOf('signer'),
    plan: null
  })
  push({
    kind: 'signed-on',
    criterionId: '',
    label: '',
    text: 'Ngày ký (ngày/tháng/năm)',
    max: null,
    inputs: inputsOf('signed-on'),
    plan: null
  })
  return out
}

/** Fields of the identity sheet, one per row from row 1 (column A the key, B the value). */
export const IDENTITY_KEYS = [
  'format',
  'clusterId',
  'clusterName',
  'year',
  'unitId',
  'unitName',
  'criteriaVersion',
  'exportedAt'
] as const
export type IdentityKey = (typeof IDENTITY_KEYS)[number]
/** From this row on, the identity sheet lists each visible row: number, kind, criterion, label, text. */
export const IDENTITY_ROWS_FROM = 12
