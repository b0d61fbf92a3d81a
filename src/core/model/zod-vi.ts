import { z } from 'zod'

/**
 * The one Vietnamese error map of the app. Every check a schema leaves without its own message (a
 * boolean given as `"true"`, a status that is not in the list, a list given as text, a field
 * missing from an IPC payload…) is worded here, with the field named in the secretary's words.
 * A schema's own message always wins: zod asks the schema first, this map only after.
 *
 * It is installed for the whole process when this module loads (`z.config` is zod's global
 * setting), and this module is imported by `fields.ts` — which every entity and scoring schema
 * imports — by `validation.ts`, `settings.ts` and main's IPC schemas. So wherever one of the
 * app's schemas exists, in the window, the restore worker, main or a test, its messages are
 * Vietnamese: no entry point can forget it. `test/core/model/zod-vi.test.ts` feeds wrong values to
 * every field of every schema and fails on English text or an unnamed field.
 */

/** Names of the fields that have no message of their own, as the secretary knows them. */
const FIELD_LABELS: Record<string, string> = {
  // Cluster, units, years, pacts
  isSample: 'Cụm mẫu',
  rules: 'Quy định của cụm',
  register: 'Sổ văn bản',
  series: 'Cách đánh số văn bản',
  pactNumbering: 'Cách đánh số giao ước',
  voteRules: 'Quy tắc biểu quyết',
  rule: 'Quy tắc biểu quyết',
  electorBasis: 'Người có quyền biểu quyết',
  denominator: 'Cơ sở tính tỷ lệ',
  comparison: 'Cách so với tỷ lệ cần đạt',
  thresholdNum: 'Tỷ lệ cần đạt (tử số)',
  thresholdDen: 'Tỷ lệ cần đạt (mẫu số)',
  basis: 'Căn cứ',
  voteThresholdStrict: 'Cách tính ngưỡng biểu quyết',
  voteDenominator: 'Cách tính tỷ lệ biểu quyết',
  tieRule: 'Cách xử lý khi bằng phiếu',
  rotationOrder: 'Thứ tự luân phiên',
  memberUnitIds: 'Đơn vị tham gia',
  unitNames: 'Tên đơn vị theo năm',
  headerLines: 'Dòng tiêu đề',
  clusterId: 'Cụm thi đua',
  clusterYearId: 'Năm thi đua',
  memberUnitId: 'Đơn vị',
  unitId: 'Đơn vị',
  personId: 'Người',
  pactId: 'Giao ước',
  parentId: 'Mục cha',
  commitmentId: 'Nội dung giao ước',
  criterionId: 'Tiêu chí',
  meetingId: 'Hội nghị',
  documentId: 'Số văn bản',
  amendsMinutesId: 'Biên bản được đính chính',
  hostUnitId: 'Đơn vị đăng cai',
  leaderUnitId: 'Đơn vị Cụm trưởng',
  deputyUnitId: 'Đơn vị Cụm phó',
  signingMeetingId: 'Hội nghị ký kết',
  role: 'Vai trò',
  status: 'Trạng thái',
  type: 'Loại',
  timeOfDay: 'Buổi',
  kind: 'Loại',
  method: 'Hình thức biểu quyết',
  purpose: 'Mục đích biểu quyết',
  options: 'Phương án',
  signatories: 'Người ký',
  witness: 'Người chứng kiến',
  representatives: 'Người dự',
  chair: 'Chủ trì',
  secretary: 'Thư ký',
  agenda: 'Chương trình',
  decisions: 'Nội dung thống nhất',
  scheduleRows: 'Lịch hoạt động',
  issuer: 'Cơ quan ban hành',
  needsReview: 'Cần xem lại',
  reason: 'Lý do',
  flaggedAt: 'Thời điểm đánh dấu',
  order: 'Thứ tự',
  displayOrder: 'Thứ tự hiển thị',
  // Audit log, settings, drafts
  action: 'Thao tác',
  table: 'Bảng',
  entityId: 'Mã bản ghi',
  summary: 'Nội dung',
  before: 'Giá trị trước',
  after: 'Giá trị sau',
  value: 'Giá trị',
  key: 'Khóa',
  form: 'Biểu mẫu',
  recordId: 'Mã bản ghi',
  data: 'Dữ liệu',
  savedAt: 'Thời điểm lưu',
  at: 'Thời điểm',
  cause: 'Nguyên nhân',
  finalisedAt: 'Thời điểm hoàn tất',
  voidedAt: 'Thời điểm hủy số',
  lockedAt: 'Thời điểm khóa',
  note: 'Ghi chú',
  since: 'Từ ngày',
  // Format profile
  font: 'Phông chữ',
  firstLineIndentMm: 'Thụt đầu dòng',
  signatureGapLines: 'Khoảng trống chữ ký',
  chairLabel: 'Chức danh chủ trì',
  // Scoring
  bonusInsideTotal: 'Điểm thưởng tính trong tổng điểm',
  floorAtZero: 'Không để tổng điểm âm',
  scorer: 'Nơi chấm điểm',
  bands: 'Xếp loại',
  tieBreak: 'Cách phân định khi bằng điểm',
  proposedBy: 'Bên đề nghị',
  flag: 'Vướng mắc',
  selfTotal: 'Tổng điểm tự chấm',
  base: 'Điểm các tiêu chí',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
  total: 'Tổng điểm',
  tied: 'Bằng điểm',
  flagged: 'Có ghi chú',
  rows: 'Các dòng',
  evidence: 'Minh chứng',
  criteriaVersion: 'Phiên bản bộ tiêu chí',
  // Bình xét and awards (schema v8)
  marking: 'Cách đánh dấu trên phiếu',
  validity: 'Quy định phiếu hợp lệ',
  requireStamp: 'Phiếu phải có dấu hoặc chữ ký',
  overLimit: 'Chọn quá số lượng',
  extraNames: 'Ghi thêm tên ngoài danh sách',
  identifyingMarks: 'Đánh dấu nhận biết',
  blankInvalid: 'Phiếu để trống',
  rowLevelValidity: 'Dòng không rõ ý kiến',
  sections: 'Các mục của phiếu',
  candidates: 'Đơn vị trên phiếu',
  board: 'Ban kiểm phiếu',
  doubleEntry: 'Nhập hai lần',
  entries: 'Lần nhập',
  mode: 'Cách nhập',
  totals: 'Số liệu tổng',
  invalid: 'Phiếu không hợp lệ',
  papers: 'Các phiếu',
  marks: 'Dấu trên phiếu',
  noStamp: 'Phiếu không có dấu',
  written: 'Ý kiến bằng văn bản',
  reconciliations: 'Các lần đối chiếu',
  tieDecisions: 'Quyết định khi bằng phiếu',
  unitIds: 'Các đơn vị',
  level: 'Cấp khen thưởng',
  target: 'Đối tượng khen thưởng',
  category: 'Loại khen thưởng',
  requiresBallot: 'Phải bỏ phiếu',
  requiredDocs: 'Tài liệu trong hồ sơ',
  certainty: 'Mức độ chắc chắn',
  active: 'Đang dùng',
  source: 'Nguồn',
  vote: 'Kết quả bỏ phiếu',
  passed: 'Đạt tỷ lệ',
  chosen: 'Được chọn',
  acknowledgements: 'Cảnh báo đã xem',
  code: 'Mã',
  outcome: 'Kết quả xét',
  fromUnitIds: 'Đơn vị cũ',
  toUnitIds: 'Đơn vị kế thừa',
  channel: 'Cách gửi hồ sơ',
  exportedAt: 'Thời điểm xuất hồ sơ',
  // IPC payloads
  bytes: 'Nội dung tệp',
  name: 'Tên',
  suggestedName: 'Tên tệp',
  html: 'Nội dung văn bản',
  decision: 'Câu trả lời',
  keepToday: 'Số bản giữ trong ngày',
  keepDays: 'Số ngày giữ bản sao lưu',
  keepTotal: 'Tổng số bản giữ lại'
}

const EXPECTED: Record<string, string> = {
  boolean: 'phải là đúng hoặc sai (true/false)',
  string: 'phải là văn bản',
  number: 'phải là số',
  int: 'phải là số nguyên',
  bigint: 'phải là số nguyên',
  array: 'phải là danh sách',
  tuple: 'phải là danh sách',
  object: 'phải là một nhóm giá trị',
  record: 'phải là một nhóm giá trị',
  map: 'phải là một nhóm giá trị',
  set: 'phải là danh sách',
  date: 'phải là ngày',
  null: 'phải để trống (null)',
  undefined: 'không được có giá trị',
  nan: 'phải là số'
}

/** What the map reads of an issue (zod 4's raw issue, before it is finalised). */
interface IssueLike {
  code?: string
  path?: readonly PropertyKey[]
  expected?: string
  input?: unknown
  values?: readonly unknown[]
  maximum?: number | bigint
  minimum?: number | bigint
  inclusive?: boolean
  origin?: string
  keys?: readonly string[]
  format?: string
}

/** A field's name in words, or null when the key is not one the app knows. */
export function fieldLabel(key: string): string | null {
  return Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key]! : null
}

/**
 * `options.2.label` → `Phương án, mục 3, Nhãn`: the field in words, list positions counted from 1.
 * A key the app has no word for stays as it is (a test keeps that from happening to its schemas).
 */
export function fieldWords(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'Dữ liệu'
  return path
    .map((p) => (typeof p === 'number' ? `mục ${p + 1}` : (fieldLabel(String(p)) ?? String(p))))
    .join(', ')
}

/** A short, safe picture of a value the secretary typed or a file held: `“abc”`, `12`, `true`. */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    const text = Array.from(value).slice(0, 40).join('')
    return `“${text}${text.length < value.length ? '…' : ''}”`
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return ''
}

const count = (n: number | bigint | undefined) => String(n ?? '')

function reason(issue: IssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined && issue.expected !== 'undefined') return 'chưa có'
      return EXPECTED[issue.expected ?? ''] ?? 'có kiểu dữ liệu không đúng'
    case 'invalid_value': {
      const value = shown(issue.input)
      return value
        ? `giá trị ${value} không nằm trong các lựa chọn cho phép`
        : 'giá trị không nằm trong các lựa chọn cho phép'
    }
    case 'too_big':
      return issue.origin === 'string'
        ? `dài quá ${count(issue.maximum)} ký tự`
        : issue.origin === 'array' || issue.origin === 'set'
          ? `nhiều quá ${count(issue.maximum)} mục`
          : issue.inclusive === false
            ? `phải nhỏ hơn ${count(issue.maximum)}`
            : `không được lớn hơn ${count(issue.maximum)}`
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set'
        ? Number(issue.minimum ?? 0) <= 1
          ? 'không được để trống'
          : `phải có ít nhất ${count(issue.minimum)} ${issue.origin === 'string' ? 'ký tự' : 'mục'}`
        : issue.inclusive === false
          ? `phải lớn hơn ${count(issue.minimum)}`
          : `không được nhỏ hơn ${count(issue.minimum)}`
    case 'invalid_format':
      return 'không đúng định dạng'
    case 'not_multiple_of':
      return 'không đúng bước cho phép'
    case 'invalid_union':
      return 'giá trị không hợp lệ'
    case 'invalid_key':
      return 'có tên mục không hợp lệ'
    case 'invalid_element':
      return 'có mục không hợp lệ'
    case 'unrecognized_keys':
      return `có ${issue.keys?.length ?? 1} mục lạ không thuộc dữ liệu của ứng dụng`
    default:
      return 'không hợp lệ'
  }
}

/** The error map: `Vai trò: giá trị “chief” không nằm trong các lựa chọn cho phép.` */
export function vietnameseIssue(issue: IssueLike): string {
  return `${fieldWords(issue.path ?? [])}: ${reason(issue)}.`
}

z.config({ customError: vietnameseIssue })
