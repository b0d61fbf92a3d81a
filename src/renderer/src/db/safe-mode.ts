import { useSyncExternalStore } from 'react'
import { clusterSchema } from '@core/model/entities'
import { newId, nowIso } from '@core/model/ids'
import { messageFrom } from '@core/model/validation'
import {
  checkSetting,
  FORMAT_PROFILE_PREFIX,
  salvageFormatProfile,
  SETTING_KEYS
} from '@core/model/settings'
import type { Setting } from '@core/model/entities'
import type { OfficeDatabase } from './database'

/**
 * Safe mode: whatever the database holds, the app must open and reach Sao lưu. At start the
 * settings and the clusters are checked; what would break every screen is repaired (an active
 * cluster that is not a valid cluster id, a first-run flag that is not true/false, a format profile
 * that does not fit its schema), each repair written with its old value to the audit log, and what
 * cannot be repaired is reported. The report is shown on every screen until dismissed and on Sao
 * lưu, where a backup can be restored.
 */
export interface SafeModeReport {
  /** What was changed, in Vietnamese. */
  repairs: string[]
  /** What is wrong and was left as it is (the screens skip it), in Vietnamese. */
  problems: string[]
}

const EMPTY: SafeModeReport = { repairs: [], problems: [] }

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/**
 * Whether every cluster and setting is sound, looked at read-only. Nearly always they are, and a
 * read-write transaction on these tables would hold back the first screen's reads of them until it
 * ends (issue 13); this look runs beside those reads.
 */
async function allSound(db: OfficeDatabase): Promise<boolean> {
  return db.transaction('r', [db.settings, db.clusters], async () => {
    const [clusters, settings] = await Promise.all([db.clusters.toArray(), db.settings.toArray()])
    const valid = new Set<unknown>()
    for (const row of clusters) {
      if (!clusterSchema.safeParse(row).success) return false
      valid.add(row.id)
    }
    return settings.every((row) => settingSound(row, valid))
  })
}

/**
 * A setting the screens can use as stored: a key this version knows, a value that passes its
 * schema and, for the active cluster, the id of one of the valid clusters.
 */
function settingSound(row: Setting, validIds: ReadonlySet<unknown>): boolean {
  if (typeof row.key !== 'string') return false
  const checked = checkSetting(row.key, row.value)
  return checked.ok && (row.key !== SETTING_KEYS.activeClusterId || validIds.has(checked.value))
}

/** Checks the settings and clusters, repairs what breaks the app, and says what it did. */
export async function checkAndRepair(db: OfficeDatabase): Promise<SafeModeReport> {
  if (await allSound(db)) return { repairs: [], problems: [] }
  const repairs: string[] = []
  const problems: string[] = []
  await db.transaction('rw', [db.settings, db.clusters, db.auditLog], async () => {
    const clusters = await db.clusters.toArray()
    const valid = clusters.flatMap((row) => {
      const parsed = clusterSchema.safeParse(row)
      if (parsed.success) return [parsed.data]
      const name = typeof row?.name === 'string' ? `“${row.name}”` : `(mã ${String(row?.id)})`
      problems.push(
        `Cụm ${name} có dữ liệu không hợp lệ (${parsed.error.issues[0]?.message ?? ''}) nên tạm không hiển thị. Hãy khôi phục một bản sao lưu còn tốt.`
      )
      return []
    })
    const now = nowIso()
    const audit = (key: string, before: unknown, after: unknown, summary: string) =>
      db.auditLog.add({
        id: newId(),
        at: now,
        table: 'settings',
        entityId: key.slice(0, 64),
        action: 'update',
        summary: `Chế độ an toàn: ${summary}`.slice(0, 1000),
        before: JSON.parse(JSON.stringify({ value: before ?? null })),
        after: JSON.parse(JSON.stringify({ value: after ?? null }))
      })
    const validIds = new Set<unknown>(valid.map((c) => c.id))
    for (const row of await db.settings.toArray()) {
      if (settingSound(row, validIds)) continue
      if (typeof row.key !== 'string') {
        problems.push(`Có cài đặt với khóa không hợp lệ ${show(row.key)}; ứng dụng bỏ qua nó.`)
        continue
      }
      if (row.key === SETTING_KEYS.activeClusterId) {
        const next = valid[0]
        if (next) await db.settings.put({ key: row.key, value: next.id, updatedAt: now })
        else await db.settings.delete(row.key)
        const words = next
          ? `cụm đang dùng được đặt lại thành “${next.name}” (giá trị cũ ${show(row.value)} không phải một cụm hợp lệ)`
          : `bỏ giá trị cụm đang dùng ${show(row.value)} vì không có cụm hợp lệ nào`
        await audit(row.key, row.value, next?.id, words)
        repairs.push(words.charAt(0).toUpperCase() + words.slice(1) + '.')
      } else if (row.key === SETTING_KEYS.firstRunDone) {
        await db.settings.put({ key: row.key, value: valid.length > 0, updatedAt: now })
        const words = `đánh dấu “đã bắt đầu sử dụng” có giá trị hỏng ${show(row.value)}, đã đặt lại`
        await audit(row.key, row.value, valid.length > 0, words)
        repairs.push(words.charAt(0).toUpperCase() + words.slice(1) + '.')
      } else if (row.key.startsWith(FORMAT_PROFILE_PREFIX)) {
        // Only the values out of range go back to their defaults; the cluster's other
        // adjustments are kept.
        const { profile, problems: wrong } = salvageFormatProfile(row.value)
        const clusterId = row.key.slice(FORMAT_PROFILE_PREFIX.length)
        const owner = valid.find((c) => c.id === clusterId)
        if (checkSetting(row.key, profile).ok)
          await db.settings.put({ key: row.key, value: profile, updatedAt: now })
        else await db.settings.delete(row.key)
        const words = `thể thức văn bản${owner ? ` của “${owner.name}”` : ''}: ${
          wrong.length
            ? wrong.map((p) => p.message.replace(/\.$/, '')).join('; ')
            : 'giá trị đã lưu không hợp lệ, đã trở về mặc định theo Nghị định 30'
        }; các giá trị khác được giữ nguyên (giá trị cũ được ghi trong nhật ký)`
        await audit(row.key, row.value, profile, words)
        repairs.push(words.charAt(0).toUpperCase() + words.slice(1) + '.')
      } else {
        problems.push(
          `Có cài đặt lạ “${row.key.slice(0, 64)}” mà phiên bản này không dùng; ứng dụng bỏ qua nó.`
        )
      }
    }
  })
  return { repairs, problems }
}

let report: SafeModeReport = EMPTY
const listeners = new Set<() => void>()
const checked = new WeakSet<OfficeDatabase>()

function publish(next: SafeModeReport): void {
  report = next
  for (const listener of listeners) listener()
}

/**
 * Runs the check once per database and publishes its report. A failure of the check itself (the
 * disk is full, the database closed) is reported too, never thrown into a screen. It waits for a
 * moment when the page is idle (at most a second): the first screen tolerates what the check
 * repairs, and its reads and drawing come first.
 */
export function runStartupCheck(db: OfficeDatabase): void {
  if (checked.has(db)) return
  checked.add(db)
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(() => check(db), { timeout: 1000 })
  else setTimeout(() => check(db), 0)
}

function check(db: OfficeDatabase): void {
  checkAndRepair(db).then(
    (result) => (result.repairs.length || result.problems.length ? publish(result) : undefined),
    (error: unknown) =>
      publish({
        repairs: [],
        problems: [`Không kiểm tra được cài đặt khi mở ứng dụng. ${messageFrom(error)}`]
      })
  )
}

/** Hides the report (the secretary read it); it stays in the audit log. */
export function dismissSafeMode(): void {
  publish(EMPTY)
}

/** The report of the start-up check, live; empty when nothing was found. */
export function useSafeModeReport(): SafeModeReport {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => report
  )
}
