/**
 * Fills `{name}` placeholders. The result is rendered as text, never as HTML.
 *
 * @param template A text with placeholders.
 * @param values Values by placeholder name.
 * @returns The filled text; unknown placeholders are left as they are.
 */
export function format(
  template: string,
  values: Record<string, string | number>
): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match
  )
}
