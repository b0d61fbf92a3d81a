import type { CriteriaPlan } from '@core/scoring/plan'
import { formatDateVi } from '@core/text/dates'
import { EMPTY, itemLine, type CompareSpec } from '../../components/concurrency/compare'
import { FLAG_LABELS, type EntryForm, type ItemForm, type SheetForm } from './sheet-form'

const dated = (iso: string) => (iso ? formatDateVi(iso) : EMPTY)
const labelled = (label: string, value: string) => (value ? `${label} ${value}` : '')

/** A criterion's row in one line: the unit's claim, the review, the explanation. */
function entryText(e: EntryForm): string {
  return itemLine(
    labelled('chỉ tiêu', e.target),
    labelled('thực hiện', e.actual),
    labelled('tự chấm', e.selfScore),
    e.selfNote,
    labelled('cụm chấm', e.reviewedScore),
    e.reviewerName,
    e.reviewNote,
    labelled('lý do chênh lệch:', e.diffReason),
    labelled('giải trình:', e.explanation)
  )
}

function itemText(item: ItemForm): string {
  return itemLine(
    item.reason,
    labelled('đơn vị đề nghị', item.selfPoints),
    labelled('cụm chấm', item.reviewedPoints),
    labelled('lý do chênh lệch:', item.diffReason),
    labelled('giải trình:', item.explanation)
  )
}

/**
 * How "So sánh" names a unit's score sheet: each criterion by its number and text, each bonus or
 * penalty item by its kind and order, the report's fields by the labels of the screen.
 */
export function sheetCompareSpec(plan: CriteriaPlan): CompareSpec<SheetForm> {
  const nameOf = (criterionId: string) => {
    const row = plan.byId.get(criterionId)
    return row ? `${row.fullLabel}. ${row.text}` : criterionId
  }
  return {
    entries: {
      label: 'Tiêu chí',
      items: (entries) =>
        entries.map((e) => ({
          key: e.criterionId,
          name: nameOf(e.criterionId),
          text: entryText(e)
        }))
    },
    items: {
      label: 'Điểm cộng, điểm trừ',
      items: (items) =>
        items.map((item, i) => ({
          key: item.id || `new-${i}`,
          name: `${item.kind === 'penalty' ? 'Điểm trừ' : 'Điểm cộng'} ${i + 1}`,
          text: itemText(item)
        }))
    },
    flagged: 'Có vướng mắc',
    flagKind: { label: 'Loại vướng mắc', text: (kind) => FLAG_LABELS[kind] },
    flagNote: 'Nội dung vướng mắc',
    flagSince: { label: 'Vướng mắc từ ngày', text: dated },
    signerName: 'Người ký báo cáo của đơn vị',
    signerTitle: 'Chức vụ người ký',
    submittedOn: { label: 'Ngày đơn vị nộp', text: dated },
    narrative: 'Báo cáo kết quả thực hiện giao ước'
  }
}
