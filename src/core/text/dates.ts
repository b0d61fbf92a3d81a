/** `2025-06-30` → `30/06/2025`, the short date form of on-screen lists. */
export function formatDateVi(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso
}
