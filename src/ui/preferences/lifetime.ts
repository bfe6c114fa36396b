/**
 * A cookie lifetime in the visitor's language: "Session", "1 day", "2 years".
 *
 * @param days Lifetime in days; 0 is a session cookie.
 * @param language The UI language.
 * @param session The translated word for a session cookie.
 * @returns The text.
 */
export function formatLifetime(days: number, language: string, session: string): string {
  if (days === 0) return session
  const years = days / 365
  const useYears = days >= 365 && Math.abs(years - Math.round(years)) < 0.05
  const value = useYears ? Math.round(years) : days
  const unit = useYears ? 'year' : 'day'
  try {
    return new Intl.NumberFormat(language, {
      style: 'unit',
      unit,
      unitDisplay: 'long'
    }).format(value)
  } catch {
    return `${value} ${unit}${value === 1 ? '' : 's'}`
  }
}
