import { z } from 'zod'
import { lazySchema } from '../model/lazy-schema'

/**
 * The format profile: every size, margin and wording choice of the official layout, with the
 * defaults of Nghị định 30/2020 and the legal range of each (official-layout.md §1.1–1.2). A
 * cluster adjusts it in Cài đặt when its own guideline differs; the code never hard-codes these.
 */

const pt = (label: string, min: number, max: number, value: number) =>
  z
    .number({ error: `${label}: phải là số.` })
    .min(min, `${label}: tối thiểu ${min} pt.`)
    .max(max, `${label}: tối đa ${max} pt.`)
    .default(value)

const mm = (label: string, min: number, max: number, value: number) =>
  z
    .number({ error: `${label}: phải là số.` })
    .min(min, `${label}: tối thiểu ${min} mm.`)
    .max(max, `${label}: tối đa ${max} mm.`)
    .default(value)

/**
 * The ND30 defaults, written out rather than parsed from the schema when the module loads: the
 * start-up path reaches this module, and the schema is built only when a profile is checked.
 */
const ND30 = {
  font: 'Times New Roman',
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  headerDistanceMm: 10,
  nationalTitlePt: 12,
  mottoPt: 13,
  issuerPt: 12,
  numberPt: 13,
  placeDatePt: 13,
  typeNamePt: 14,
  summaryPt: 14,
  bodyPt: 14,
  signaturePt: 14,
  recipientsLabelPt: 12,
  recipientsPt: 11,
  tablePt: 13,
  pageNumberPt: 14,
  paragraphAfterPt: 6,
  firstLineIndentMm: 10,
  lineSpacing: 1.15,
  signatureGapLines: 4,
  chairLabel: 'CHỦ TRÌ'
} as const

export const formatProfileSchema = lazySchema(() =>
  z.object({
    font: z.literal('Times New Roman').default(ND30.font),
    marginTopMm: mm('Lề trên', 20, 25, ND30.marginTopMm),
    marginBottomMm: mm('Lề dưới', 20, 25, ND30.marginBottomMm),
    marginLeftMm: mm('Lề trái', 30, 35, ND30.marginLeftMm),
    marginRightMm: mm('Lề phải', 15, 20, ND30.marginRightMm),
    /** Distance of the page-number header from the top edge; ND30 only says "in the top margin". */
    headerDistanceMm: mm('Khoảng cách số trang', 8, 15, ND30.headerDistanceMm),
    nationalTitlePt: pt('Cỡ chữ Quốc hiệu', 12, 13, ND30.nationalTitlePt),
    mottoPt: pt('Cỡ chữ Tiêu ngữ', 13, 14, ND30.mottoPt),
    issuerPt: pt('Cỡ chữ tên cơ quan', 12, 13, ND30.issuerPt),
    numberPt: pt('Cỡ chữ số, ký hiệu', 13, 13, ND30.numberPt),
    placeDatePt: pt('Cỡ chữ địa danh, ngày tháng', 13, 14, ND30.placeDatePt),
    typeNamePt: pt('Cỡ chữ tên loại văn bản', 13, 14, ND30.typeNamePt),
    summaryPt: pt('Cỡ chữ trích yếu', 13, 14, ND30.summaryPt),
    bodyPt: pt('Cỡ chữ nội dung', 13, 14, ND30.bodyPt),
    signaturePt: pt('Cỡ chữ chữ ký', 13, 14, ND30.signaturePt),
    recipientsLabelPt: pt('Cỡ chữ "Nơi nhận"', 12, 12, ND30.recipientsLabelPt),
    recipientsPt: pt('Cỡ chữ danh sách nơi nhận', 11, 11, ND30.recipientsPt),
    tablePt: pt('Cỡ chữ trong bảng', 11, 14, ND30.tablePt),
    pageNumberPt: pt('Cỡ chữ số trang', 13, 14, ND30.pageNumberPt),
    firstLineIndentMm: z.union([z.literal(10), z.literal(12.7)]).default(ND30.firstLineIndentMm),
    paragraphAfterPt: pt('Khoảng cách đoạn', 6, 12, ND30.paragraphAfterPt),
    /** Line spacing as a multiple of single spacing: ND30 allows single up to 1.5 lines. */
    lineSpacing: z
      .number({ error: 'Giãn dòng: phải là số.' })
      .min(1, 'Giãn dòng: tối thiểu 1 dòng.')
      .max(1.5, 'Giãn dòng: tối đa 1,5 dòng.')
      .default(ND30.lineSpacing),
    /** Height of the blank space for the wet signature and seal, in body lines. */
    signatureGapLines: z.number().int().min(3).max(6).default(ND30.signatureGapLines),
    /** `CHỦ TRÌ` (the brief) or `CHỦ TỌA` (ND30 Mẫu 1.9) over the chair's signature in minutes. */
    chairLabel: z.enum(['CHỦ TRÌ', 'CHỦ TỌA']).default(ND30.chairLabel)
  })
)

export type FormatProfile = z.infer<typeof formatProfileSchema>

/** The ND30 defaults (what `formatProfileSchema` gives for an empty profile). */
export const DEFAULT_PROFILE: FormatProfile = ND30

/** A4 in millimetres. */
export const A4 = { widthMm: 210, heightMm: 297 }

/** Width and height of the text area of a page, inside the margins, in millimetres. */
export function textAreaMm(
  profile: FormatProfile,
  orientation: 'portrait' | 'landscape' = 'portrait'
): { width: number; height: number } {
  const [pageWidth, pageHeight] =
    orientation === 'portrait' ? [A4.widthMm, A4.heightMm] : [A4.heightMm, A4.widthMm]
  return {
    width: pageWidth - profile.marginLeftMm - profile.marginRightMm,
    height: pageHeight - profile.marginTopMm - profile.marginBottomMm
  }
}

/** Width of the text area for a profile and orientation, in millimetres. */
export function textWidthMm(
  profile: FormatProfile,
  orientation: 'portrait' | 'landscape' = 'portrait'
): number {
  return textAreaMm(profile, orientation).width
}

/** Millimetres to twentieths of a point (the unit of Word's page geometry), rounded. */
export function mmToTwip(value: number): number {
  return Math.round((value * 1440) / 25.4)
}
