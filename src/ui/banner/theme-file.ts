import type { ThemeName } from '../../core/config/types'

/**
 * The styles of a theme for a layer the first file shows without the UI (the first-visit
 * banner, the re-open button): the light theme is in the layer's file; another is fetched
 * from the build's `themes/`, and the layer waits for it rather than show in the wrong
 * colours (light, when it cannot be fetched).
 *
 * @param base The folder the files come from.
 * @param theme The config's theme.
 * @returns The theme's CSS, or nothing for the light theme (`Promise.all` takes either).
 */
export const themeFile = (base: string, theme: ThemeName): Promise<string> | '' =>
  theme === 'light'
    ? ''
    : fetch(`${base}themes/${theme}.css`)
        .then((response) => (response.ok ? response.text() : ''))
        .catch(() => '')
