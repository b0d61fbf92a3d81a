import { z } from 'zod'

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

export const formatProfileSchema = z.object({
  font: z.literal('Times New Roman').default('Times New Roman'),
  marginTopMm: mm('Lề trên', 20, 25, 20),
  marginBottomMm: mm('Lề dưới', 20, 25, 20),
  marginLeftMm: mm('Lề trái', 30, 35, 30),
  marginRightMm: mm('Lề phải', 15, 20, 15),
  /** Distance of the page-number header from the top edge; ND30 only says "in the top margin". */
  headerDistanceMm: mm('Khoảng cách số trang', 8, 15, 10),
  nationalTitlePt: pt('Cỡ chữ Quốc hiệu', 12, 13, 12),
  mottoPt: pt('Cỡ chữ Tiêu ngữ', 13, 14, 13),
  issuerPt: pt('Cỡ chữ tên cơ quan', 12, 13, 12),
  numberPt: pt('Cỡ chữ số, ký hiệu', 13, 13, 13),
  placeDatePt: pt('Cỡ chữ địa danh, ngày tháng', 13, 14, 13),
  typeNamePt: pt('Cỡ chữ tên loại văn bản', 13, 14, 14),
  summaryPt: pt('Cỡ chữ trích yếu', 13, 14, 14),
  bodyPt: pt('Cỡ chữ nội dung', 13, 14, 14),
  signaturePt: pt('Cỡ chữ chữ ký', 13, 14, 14),
  recipientsLabelPt: pt('Cỡ chữ "Nơi nhận"', 12, 12, 12),
  recipientsPt: pt('Cỡ chữ danh sách nơi nhận', 11, 11, 11),
  tablePt: pt('Cỡ chữ trong bảng', 11, 14, 13),
  pageNumberPt: pt('Cỡ chữ số trang', 13, 14, 14),
  firstLineIndentMm: z.union([z.literal(10), z.literal(12.7)]).default(10),
  paragraphAfterPt: pt('Khoảng cách đoạn', 6, 12, 6),
  /** Line spacing as a multiple of single spacing: ND30 allows single up to 1.5 lines. */
  lineSpacing: z
    .number({ error: 'Giãn dòng: phải là số.' })
    .min(1, 'Giãn dòng: tối thiểu 1 dòng.')
    .max(1.5, 'Giãn dòng: tối đa 1,5 dòng.')
    .default(1.15),
  /** Height of the blank space for the wet signature and seal, in body lines. */
  signatureGapLines: z.number().int().min(3).max(6).default(4),
  /** `CHỦ TRÌ` (the brief) or `CHỦ TỌA` (ND30 Mẫu 1.9) over the chair's signature in minutes. */
  chairLabel: z.enum(['CHỦ TRÌ', 'CHỦ TỌA']).default('CHỦ TRÌ')
})

export type FormatProfile = z.infer<typeof formatProfileSchema>

/** The ND30 defaults. */
export const DEFAULT_PROFILE: FormatProfile = formatProfileSchema.parse({})

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
