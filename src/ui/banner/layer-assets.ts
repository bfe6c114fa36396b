import type { ThemeName } from '../../core/config/types'
import { fetchLanguage } from '../../dom/ui-loader/index'
import { translationOf } from '../../utils/pick-language'

/**
 * What a layer the first file shows without the UI (the first-visit banner, the re-open
 * button) fetches before it shows, and waits for:
 *
 * - the visitor's language, from its banner slice (`i18n/<lang>.banner.json`, which holds
 *   the banner's and the re-open button's texts; a site's `fr-CA` starts from `fr`): none
 *   for English, which is in the file, nor for a language only the site's `texts` give,
 *   and none when it cannot be fetched (English then);
 * - the theme: the light one is in the layer's file; another is fetched from the build's
 *   `themes/`, so that the layer never shows in the wrong colours (light, when it cannot
 *   be fetched).
 *
 * @param base The folder the files come from.
 * @param language The visitor's language.
 * @param theme The config's theme.
 * @returns The translation (or nothing) and the theme's CSS (empty for light).
 */
export const layerAssets = (base: string, language: string, theme: ThemeName) => {
  // The shipped translation the language starts from (`fr` for a site's `fr-CA`), if any.
  const file = translationOf(language)
  return Promise.all([
    file ? fetchLanguage(base)(`${file}.banner`).catch(() => undefined) : undefined,
    theme === 'light'
      ? ''
      : fetch(`${base}themes/${theme}.css`)
          .then((response) => (response.ok ? response.text() : ''))
          .catch(() => '')
  ])
}
