import type { Channel } from './channels'
import type {
  AppInfo,
  BackupEntry,
  BackupReason,
  CloseAnswer,
  DiskStatus,
  ExportPdfRequest,
  OpenFileRequest,
  OpenFileResult,
  Retention,
  SaveFileRequest,
  SaveFileResult,
  SaveFolderRequest,
  SaveFolderResult
} from './contract'
import type { Result } from './results'

/**
 * What each request channel (page → main, `invoke`) carries: the request the page sends
 * (`undefined` when it sends nothing) and the value main answers inside a `Result`.
 *
 * The one source of truth for both sides: `DesktopApi` is written with `Call<…>` of these
 * entries, the preload's `invoke` and main's `handle` are typed by them, so a handler that returns
 * the wrong thing or a schema that accepts the wrong payload fails the typecheck.
 */
export interface InvokeChannels {
  'app:get-info': { request: undefined; response: AppInfo }
  'app:disk-status': { request: undefined; response: DiskStatus }
  'app:quit-ready': { request: undefined; response: null }
  'app:close-answer': { request: CloseAnswer; response: null }
  'file:save': { request: SaveFileRequest; response: SaveFileResult }
  'file:save-folder': { request: SaveFolderRequest; response: SaveFolderResult }
  'file:open': { request: OpenFileRequest; response: OpenFileResult }
  'file:export-pdf': { request: ExportPdfRequest; response: SaveFileResult }
  'file:reveal-last-saved': { request: undefined; response: null }
  'file:open-last-saved': { request: undefined; response: null }
  'backup:save': {
    request: { bytes: Uint8Array; reason: BackupReason }
    response: BackupEntry
  }
  'backup:list': {
    request: undefined
    response: { folder: string; entries: BackupEntry[]; retention: Retention }
  }
  'backup:read': { request: { name: string }; response: { name: string; bytes: Uint8Array } }
  'backup:remove': { request: { name: string }; response: { name: string } }
  'backup:choose-folder': { request: undefined; response: { folder: string } }
  'backup:set-retention': { request: Retention; response: Retention }
}

/** Events main sends to the page (`webContents.send`), with what they carry (nothing so far). */
export interface EventChannels {
  'app:close-requested': undefined
  'app:before-quit': undefined
}

export type InvokeChannel = keyof InvokeChannels
export type EventChannel = keyof EventChannels
export type RequestOf<C extends InvokeChannel> = InvokeChannels[C]['request']
export type ResponseOf<C extends InvokeChannel> = InvokeChannels[C]['response']

/** Channels on which the page sends nothing but the call itself. */
export type BareChannel = {
  [C in InvokeChannel]: RequestOf<C> extends undefined ? C : never
}[InvokeChannel]

/** Channels that carry a request. */
export type RequestChannel = Exclude<InvokeChannel, BareChannel>

/** The arguments of a call: none when the channel takes no request. */
export type RequestArgs<C extends InvokeChannel> =
  RequestOf<C> extends undefined ? [] : [request: RequestOf<C>]

/** The page-side function of a request channel. */
export type Call<C extends InvokeChannel> = (
  ...args: RequestArgs<C>
) => Promise<Result<ResponseOf<C>>>

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T

/** Fails the typecheck when `CH` and the two maps above do not list the same channels. */
export type EveryChannelIsMapped = Assert<Same<Channel, InvokeChannel | EventChannel>>
