import { useParams } from 'react-router'
import { useActiveCluster, useComposition, useFormatProfile } from '../../db/hooks'
import { CompositionEditor } from './CompositionEditor'
import type { CompositionKind } from './composition-form'

/** Route: `/van-ban/moi/:kind` for a new document, `/van-ban/:id` for an existing one. */
export function CompositionEditorRoute() {
  const { id, kind } = useParams()
  const cluster = useActiveCluster()
  const existing = useComposition(id)
  const profile = useFormatProfile(cluster?.id)
  if (cluster === undefined || profile === undefined || (id && existing === undefined)) {
    return <p role="status">Đang tải dữ liệu…</p>
  }
  if (cluster === null) return <p>Chưa có cụm thi đua.</p>
  if (id && !existing) return <p role="alert">Không tìm thấy văn bản này.</p>
  const resolvedKind: CompositionKind | null = existing
    ? existing.kind
    : kind === 'notice' || kind === 'plan'
      ? kind
      : null
  if (!resolvedKind) return <p role="alert">Loại văn bản không hợp lệ.</p>
  return (
    <CompositionEditor
      key={existing?.id ?? `new-${resolvedKind}`}
      cluster={cluster}
      kind={resolvedKind}
      existing={existing ?? null}
      profile={profile}
    />
  )
}
