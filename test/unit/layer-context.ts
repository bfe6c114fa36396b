import { atom } from 'nanostores'
import { vi } from 'vitest'
import type { ConsentState } from '../../src/core/consent/types'
import type { FirstBannerContext } from '../../src/ui/banner/first-banner'

/**
 * What the first file gives a layer it shows without the UI (the first-visit banner, the
 * re-open button; see `layerContext` in src/boot.ts), for unit tests: the test document,
 * no language or nonce, files from `http://localhost/dist/`, and a spy for `act`.
 *
 * @param config The site's config as found.
 * @param state The state the layer starts on.
 * @returns The context, with its store and `act` spy.
 */
export function layerContext(config: unknown, state: Partial<ConsentState>) {
  const $state = atom(state as ConsentState)
  const act = vi.fn()
  const context: FirstBannerContext = {
    document,
    $state,
    config,
    language: undefined,
    nonce: undefined,
    base: 'http://localhost/dist/',
    act
  }
  return { context, $state, act }
}
