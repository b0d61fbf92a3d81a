import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_FOLDER_NAME, userDataPathFor } from '../../src/main/app-paths'

describe('userData folder', () => {
  it('is a constant folder under the OS app-data folder, independent of the product name', () => {
    expect(DATA_FOLDER_NAME).toBe('CumThiDua-ThuKy')
    expect(userDataPathFor('/home/a/.config')).toBe(join('/home/a/.config', 'CumThiDua-ThuKy'))
  })
})
