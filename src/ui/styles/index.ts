import base from '../../../themes/base.css?raw'
import dark from '../../../themes/dark.css?raw'
import dialogs from '../../../themes/dialogs.css?raw'
import highContrast from '../../../themes/high-contrast.css?raw'
import light from '../../../themes/light.css?raw'
// The light theme's colours that base.css reads (the build drops the dialogs' ones).
import lightForBanner from '../../../themes/light.css?raw&vars-of=base'
// base.css without the bar and box, the dialog shell of dialogs.css alone, and the light
// colours they read: what the first-visit modal banner carries (the build drops the rest;
// tests get whole files).
import baseForModal from '../../../themes/base.css?raw&drop=cy-banner'
import dialogShell from '../../../themes/dialogs.css?raw&rules=cy-dialog+cy-dialog-body'
import lightForModal from '../../../themes/light.css?raw&vars-of=base+dialogs.cy-dialog'
// The re-open button's rules of dialogs.css, the container's of base.css, and the light
// colours they read: all a returning view's button file carries.
import reopenRules from '../../../themes/dialogs.css?raw&rules=cy-reopen'
import reopenBase from '../../../themes/base.css?raw&rules=host+cy'
import lightForReopen from '../../../themes/light.css?raw&vars-of=base.cy+dialogs.cy-reopen'

/**
 * The `auto` theme: light, and the dark theme's values where the visitor prefers a dark
 * colour scheme. Derived from dark.css so the two never drift apart.
 *
 * @param darkCss The dark theme (minified in the build, which unquotes `[data-theme=dark]`).
 * @returns The auto theme.
 */
export function autoTheme(darkCss: string): string {
  return `@media (prefers-color-scheme: dark){${darkCss.replace(/\[data-theme='?dark'?\]/g, '[data-theme=auto]')}}`
}

/** The themes, each selected by `data-theme` on the UI's container. */
const THEMES = light + dark + highContrast + autoTheme(dark)

/**
 * What the first-visit banner file carries: the banner's layout and the light theme (the
 * default). It fetches another theme from `themes/` when the site asks for one.
 */
export const BANNER_CSS = base + lightForBanner

/**
 * What the first-visit modal banner file carries: the banner's styles less the bar and box
 * (`.cy-banner`), the dialog shell (`.cy-dialog`, its backdrop and body) and the light
 * theme's colours for both.
 */
export const MODAL_BANNER_CSS = baseForModal + dialogShell + lightForModal

/**
 * What the re-open button file carries: the shadow host's and the container's base
 * styles, the button's, and the light theme's colours for them.
 */
export const REOPEN_CSS = reopenBase + reopenRules + lightForReopen

/** Every style the UI needs: layout, dialogs, then the themes. */
export const UI_CSS = base + dialogs + THEMES
