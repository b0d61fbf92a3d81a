import { toSafeFileName } from '../text/file-name'

/**
 * The default file name of an exported document: `Thông báo 05-TB-CTĐ1 Kết quả hội nghị.docx`
 * — type, number and summary, in Vietnamese, safe on Windows.
 */
export function documentFileName(label: string, symbol: string | null, summary: string): string {
  const parts = [label, symbol ? symbol.replace(/\//g, '-') : 'chưa cấp số', summary]
  return toSafeFileName(parts.join(' '), 'docx')
}
