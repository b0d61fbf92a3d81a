import { describe, expect, it } from 'vitest'
import { MAIN_WINDOW_SIZE, secureWebPreferences } from '../../src/main/window'

describe('secureWebPreferences', () => {
  it('keeps Node out of the page and the page isolated and sandboxed', () => {
    expect(secureWebPreferences('/x/preload.js')).toEqual({
      preload: '/x/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      v8CacheOptions: 'bypassHeatCheck'
    })
  })

  it('fits a 1366×768 office screen', () => {
    expect(MAIN_WINDOW_SIZE.width).toBeLessThanOrEqual(1366)
    expect(MAIN_WINDOW_SIZE.height).toBeLessThanOrEqual(768)
  })
})
