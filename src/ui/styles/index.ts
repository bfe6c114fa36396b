import base from '../../../themes/base.css?raw'
import dark from '../../../themes/dark.css?raw'
import highContrast from '../../../themes/high-contrast.css?raw'
import light from '../../../themes/light.css?raw'

/**
 * The `auto` theme: light, and the dark theme's values where the visitor prefers a dark
 * colour scheme. Derived from dark.css so the two never drift apart.
 *
 * @param darkCss The dark theme.
 * @returns The auto theme.
 */
export function autoTheme(darkCss: string): string {
  return `@media (prefers-color-scheme: dark){${darkCss.replace(/\[data-theme='dark'\]/g, "[data-theme='auto']")}}`
}

/** Every style the UI needs: layout, then the themes (selected by `data-theme`). */
export const UI_CSS = base + light + dark + highContrast + autoTheme(dark)
