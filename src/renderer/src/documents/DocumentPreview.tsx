import { useMemo } from 'react'
import type { DocumentModel } from '@core/documents/model'
import { renderHtml } from '@core/documents/render-html'

/**
 * The print preview of a document: the same model as the Word file, drawn as A4 sheets. Its
 * stylesheet also carries the `@page` rules, so "In" prints exactly this.
 */
export function DocumentPreview({ model }: { model: DocumentModel }) {
  const { css, html } = useMemo(() => renderHtml(model), [model])
  return (
    <div className="preview-frame" aria-label="Xem trước bản in" role="region">
      <style>{css}</style>
      {/* The HTML comes from our own renderer, which escapes every text it writes. */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  )
}
