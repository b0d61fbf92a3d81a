/**
 * Vietnamese wording for the checks a schema leaves without its own message (a boolean given as
 * `"true"`, a status that is not in the list, a list given as text…). Passed as the per-parse
 * error map, it never replaces a field's own message: zod prefers the schema's. So every refusal
 * of a restored row reads as Vietnamese, with the field named in the secretary's words.
 */

/** Names of the fields that have no message of their own, as the secretary knows them. */
const FIELD_LABELS: Record<string, string> = {
  isSample: 'Cụm mẫu',
  rules: 'Quy định của cụm',
  voteThresholdStrict: 'Cách tính ngưỡng biểu quyết',
  voteDenominator: 'Cách tính tỷ lệ biểu quyết',
  tieRule: 'Cách xử lý khi bằng phiếu',
  rotationOrder: 'Thứ tự luân phiên',
  memberUnitIds: 'Đơn vị tham gia',
  unitNames: 'Tên đơn vị theo năm',
  role: 'Vai trò',
  status: 'Trạng thái',
  type: 'Loại hội nghị',
  timeOfDay: 'Buổi',
  kind: 'Loại',
  method: 'Hình thức biểu quyết',
  options: 'Phương án',
  signatories: 'Người ký',
  witness: 'Người chứng kiến',
  representatives: 'Người dự',
  chair: 'Chủ trì',
  secretary: 'Thư ký',
  scheduleRows: 'Lịch hoạt động',
  issuer: 'Cơ quan ban hành',
  action: 'Thao tác',
  table: 'Bảng',
  entityId: 'Mã bản ghi',
  summary: 'Nội dung',
  before: 'Giá trị trước',
  after: 'Giá trị sau',
  value: 'Giá trị',
  key: 'Khóa cài đặt',
  finalisedAt: 'Thời điểm hoàn tất',
  font: 'Phông chữ',
  firstLineIndentMm: 'Thụt đầu dòng',
  signatureGapLines: 'Khoảng trống chữ ký',
  chairLabel: 'Chức danh chủ trì'
}

const EXPECTED: Record<string, string> = {
  boolean: 'phải là đúng hoặc sai (true/false)',
  string: 'phải là văn bản',
  number: 'phải là số',
  int: 'phải là số nguyên',
  array: 'phải là danh sách',
  object: 'phải là một nhóm giá trị',
  record: 'phải là một nhóm giá trị',
  null: 'phải để trống (null)'
}

interface IssueLike {
  code?: string
  path?: PropertyKey[]
  expected?: string
  values?: unknown[]
  maximum?: number | bigint
  minimum?: number | bigint
  origin?: string
  keys?: string[]
}

/** `options.2.label` → `Phương án, mục 3, label`: the field in words, indexes counted from 1. */
export function fieldWords(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'Dòng'
  return path
    .map((p) => (typeof p === 'number' ? `mục ${p + 1}` : (FIELD_LABELS[String(p)] ?? String(p))))
    .join(', ')
}

function reason(issue: IssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === undefined
        ? 'thiếu'
        : (EXPECTED[issue.expected] ?? `phải có kiểu ${issue.expected}`)
    case 'invalid_value':
      return `giá trị không hợp lệ (chỉ nhận: ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')})`
    case 'too_big':
      return issue.origin === 'string'
        ? `dài quá ${issue.maximum} ký tự`
        : issue.origin === 'array'
          ? `nhiều quá ${issue.maximum} mục`
          : `không được lớn hơn ${issue.maximum}`
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? 'không được để trống'
        : `không được nhỏ hơn ${issue.minimum}`
    case 'invalid_union':
      return 'giá trị không hợp lệ'
    case 'invalid_key':
      return 'có khóa không hợp lệ'
    case 'unrecognized_keys':
      return `có trường lạ (${(issue.keys ?? []).join(', ')})`
    default:
      return 'không hợp lệ'
  }
}

/** The per-parse error map: `schema.safeParse(row, { error: vietnameseIssue })`. */
export function vietnameseIssue(issue: IssueLike): string {
  return `${fieldWords(issue.path ?? [])}: ${reason(issue)}.`
}
