/**
 * Which forms on screen hold changes that are not saved. Each form registers under its own key;
 * the guard asks `any()` at the moment the user tries to leave, so the answer is never a render
 * behind. A form may also say what to drop when the user answers "Rời đi không lưu" (its draft),
 * so that the work is gone as the question said it would be.
 */
export class DirtyForms {
  private readonly dirty = new Map<symbol, (() => void) | undefined>()

  set(key: symbol, isDirty: boolean, onLeave?: () => void): void {
    if (isDirty) this.dirty.set(key, onLeave)
    else this.dirty.delete(key)
  }

  any(): boolean {
    return this.dirty.size > 0
  }

  /** The user chose to leave without saving: each dirty form drops what it kept. */
  leave(): void {
    for (const onLeave of this.dirty.values()) onLeave?.()
  }
}
