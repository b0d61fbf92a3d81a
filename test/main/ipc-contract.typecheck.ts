/**
 * Checked by `npm run typecheck`, never run: each `@ts-expect-error` below is a drift between
 * main, the preload and `DesktopApi` that the channel map must refuse. If the types ever stop
 * catching one of them, the directive is unused and the typecheck fails.
 */
import { z } from 'zod'
import { CH } from '@shared/ipc/channels'
import type { Call } from '@shared/ipc/channel-map'
import type { DesktopApi } from '@shared/ipc/contract'
import { ok } from '@shared/ipc/results'
import type { ChannelHandler } from '../../src/main/ipc/register'
import { noPayloadSchema, saveFileRequestSchema } from '../../src/main/ipc/schemas'

export const rightHandler: ChannelHandler<typeof CH.appGetInfo> = {
  schema: noPayloadSchema,
  run: async () =>
    ok({ name: 'x', version: '1', platform: 'linux', dataPath: '/d', isDesktop: true })
}

export const wrongAnswer: ChannelHandler<typeof CH.appGetInfo> = {
  schema: noPayloadSchema,
  // @ts-expect-error main answers a string where the page expects AppInfo
  run: async () => ok('0.1.0')
}

export const wrongPayload: ChannelHandler<typeof CH.fileOpen> = {
  // @ts-expect-error the schema validates another payload than the channel's request
  schema: z.object({ name: z.string() }),
  run: async () => ok({ name: 'a', bytes: new Uint8Array() })
}

export const payloadOnBareChannel: ChannelHandler<typeof CH.appQuitReady> = {
  // @ts-expect-error a channel that takes nothing must refuse any payload
  schema: saveFileRequestSchema,
  run: async () => ok(null)
}

declare const getInfo: Call<typeof CH.appGetInfo>
declare const diskStatus: Call<typeof CH.appDiskStatus>
declare const save: Call<typeof CH.fileSave>

// @ts-expect-error a page function wired to a channel with another answer
export const wiredToWrongChannel: DesktopApi['app']['getInfo'] = diskStatus

export const sentWrongRequest = () =>
  // @ts-expect-error the page sends a request the channel does not take
  save({ kind: 'exe', suggestedName: 'a', bytes: new Uint8Array() })

// @ts-expect-error a bare channel takes no argument
export const sentToBare = () => getInfo({ path: '/etc/passwd' })
