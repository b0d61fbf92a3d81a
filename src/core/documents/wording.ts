/**
 * Fixed wording of the national heading. ND30 writes both `HÒA` and `HOÀ`; the app keeps `HÒA`
 * everywhere (official-layout.md §1.2). Hyphens in the motto have a space on each side.
 */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc'
