/**
 * Which forms on screen hold changes that are not saved. Each form registers under its own key;
 * the guard asks `any()` at the moment the user tries to leave, so the answer is never a render
 * behind.
 */
export class DirtyForms {
  private readonly dirty = new Set<symbol>()

  set(key: symbol, isDirty: boolean): void {
    if (isDirty) this.dirty.add(key)
    else this.dirty.delete(key)
  }

  any(): boolean {
    return this.dirty.size > 0
  }
}
