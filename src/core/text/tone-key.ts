import { normalizeLine } from './normalize'

/** The five Vietnamese tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g

/**
 * A comparison key that ignores where the tone mark was typed and letter case, but not which tone
 * or which vowel: `Hòa` and `Hoà`, `Thủy` and `Thuỷ` get the same key; `Hòa` and `Hóa`, `Hoàn`
 * and `Hoàng` do not. Each syllable's tone is moved to its end. Used to catch duplicate names;
 * the name is always shown as the user typed it.
 */
export function toneKey(value: string): string {
  return normalizeLine(value)
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((syllable) => {
      const decomposed = syllable.normalize('NFD')
      const tones = decomposed.match(TONES) ?? []
      return (decomposed.replace(TONES, '') + tones.join('')).normalize('NFC')
    })
    .join(' ')
}
