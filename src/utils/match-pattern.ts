/**
 * Whether a name matches a pattern in which `*` stands for any run of characters
 * (`_ga_*` matches `_ga_ABC123`); everything else matches literally.
 *
 * @param name A cookie or storage key name.
 * @param pattern The pattern.
 * @returns True on a match.
 */
export function matchPattern(name: string, pattern: string): boolean {
  if (!pattern.includes('*')) return name === pattern
  const parts = pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${parts.join('.*')}$`).test(name)
}
