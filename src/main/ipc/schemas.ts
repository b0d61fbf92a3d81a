import { z } from 'zod'
// Whatever a payload lacks is answered in Vietnamese too (the app's one error map).
import '@core/model/zod-vi'

/** Largest file the page may ask main to write or read: far above any document or backup. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024

export const fileKindSchema = z.enum(['docx', 'backup', 'csv', 'pdf', 'xlsx'], {
  error: 'Loại tệp không hợp lệ.'
})

export const saveFileRequestSchema = z.object({
  kind: fileKindSchema,
  suggestedName: z.string({ error: 'Tên tệp phải là chuỗi ký tự.' }).max(1000, 'Tên tệp quá dài.'),
  bytes: z
    .instanceof(Uint8Array, { message: 'Nội dung tệp không hợp lệ.' })
    .refine((b) => b.byteLength > 0, 'Tệp rỗng, không có gì để lưu.')
    .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'Tệp quá lớn (tối đa 200 MB).')
})

export const openFileRequestSchema = z.object({ kind: fileKindSchema })

/** For channels that take no argument: anything but `undefined` is refused. */
export const noPayloadSchema = z.undefined({ error: 'Yêu cầu này không nhận tham số.' })

export const backupSaveSchema = z.object({
  bytes: z
    .instanceof(Uint8Array, { message: 'Nội dung bản sao lưu không hợp lệ.' })
    .refine((b) => b.byteLength > 0, 'Bản sao lưu rỗng.')
    .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'Bản sao lưu quá lớn (tối đa 200 MB).'),
  reason: z.enum(['start', 'interval', 'before-restore', 'before-upgrade', 'quit', 'manual'], {
    error: 'Lý do sao lưu không hợp lệ.'
  })
})

export const backupReadSchema = z.object({
  name: z
    .string({ error: 'Tên bản sao lưu không hợp lệ.' })
    .regex(/^ctd-sao-luu-\d{8}-\d{9}-[a-z-]{1,20}\.json$/, 'Tên bản sao lưu không hợp lệ.')
})

/**
 * Largest printable page main prints to PDF, in UTF-8 bytes. It is loaded as a base64 `data:` URL
 * and Chromium does not navigate to a URL over 2 MB; 1.4 MB of HTML is about 500 pages, five times
 * the longest document the app makes (a 60-criteria self-assessment form, 100 KB).
 */
export const MAX_PDF_HTML_BYTES = 1_400_000

export const exportPdfRequestSchema = z.object({
  html: z
    .string({ error: 'Nội dung văn bản không hợp lệ.' })
    .refine((html) => html.startsWith('<!DOCTYPE html>'), 'Nội dung văn bản không hợp lệ.')
    .refine(
      (html) => new TextEncoder().encode(html).byteLength <= MAX_PDF_HTML_BYTES,
      'Văn bản quá dài để xuất PDF trực tiếp; hãy dùng “Xuất Word” rồi lưu thành PDF trong Word.'
    ),
  suggestedName: z.string({ error: 'Tên tệp phải là chuỗi ký tự.' }).max(1000, 'Tên tệp quá dài.')
})

const keep = (label: string, max: number) =>
  z
    .number({ error: `${label}: phải là số.` })
    .int(`${label}: phải là số nguyên.`)
    .min(1, `${label}: ít nhất 1.`)
    .max(max, `${label}: nhiều nhất ${max}.`)

export const retentionSchema = z.object({
  keepToday: keep('Số bản giữ trong ngày', 24),
  keepDays: keep('Số ngày giữ bản sao lưu', 366),
  keepTotal: keep('Tổng số bản giữ lại', 400)
})

export const closeAnswerSchema = z.object({
  decision: z.enum(['asking', 'stay', 'close'], { error: 'Câu trả lời không hợp lệ.' })
})

const folderKindSchema = z.enum(['docx', 'csv', 'pdf', 'xlsx'], {
  error: 'Loại tệp không hợp lệ trong thư mục.'
})

const fileNameSchema = z
  .string({ error: 'Tên tệp phải là chuỗi ký tự.' })
  .max(1000, 'Tên tệp quá dài.')

/** A page the desktop prints to PDF in the folder (the same checks as "Xuất PDF"). */
const printablePageSchema = z.object({
  name: fileNameSchema,
  kind: z.literal('pdf', { error: 'Loại tệp không hợp lệ trong thư mục.' }),
  html: exportPdfRequestSchema.shape.html
})

const bytesFileSchema = z.object({
  name: fileNameSchema,
  kind: folderKindSchema.optional(),
  bytes: z
    .instanceof(Uint8Array, { message: 'Nội dung tệp không hợp lệ.' })
    .refine((b) => b.byteLength > 0, 'Tệp rỗng, không có gì để lưu.')
})

/** At most this many pages printed to PDF for one folder (each takes a hidden window a while). */
export const MAX_FOLDER_PDFS = 200

const fileSize = (f: { bytes: Uint8Array } | { html: string }) =>
  'bytes' in f ? f.bytes.byteLength : new TextEncoder().encode(f.html).byteLength

/**
 * A folder of files ("Xuất phiếu chấm" for every unit, "Xuất hồ sơ"): each file bytes of an
 * allowed kind or a printable page to print to PDF, capped in count and total size.
 */
export const saveFolderRequestSchema = z.object({
  folderName: z
    .string({ error: 'Tên thư mục phải là chuỗi ký tự.' })
    .min(1, 'Tên thư mục: không được để trống.')
    .max(200, 'Tên thư mục quá dài.'),
  kind: folderKindSchema,
  files: z
    .array(
      z.union([bytesFileSchema.strict(), printablePageSchema.strict()], {
        error: 'Tệp không hợp lệ.'
      })
    )
    .min(1, 'Không có tệp nào để lưu.')
    .max(1000, 'Quá nhiều tệp (tối đa 1000).')
    .refine(
      (files) => files.filter((f) => 'html' in f).length <= MAX_FOLDER_PDFS,
      `Quá nhiều tệp PDF trong một thư mục (tối đa ${MAX_FOLDER_PDFS}).`
    )
    .refine(
      (files) => files.reduce((sum, f) => sum + fileSize(f), 0) <= MAX_FILE_BYTES,
      'Các tệp quá lớn (tổng cộng tối đa 200 MB).'
    )
})
