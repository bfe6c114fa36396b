import { cleanup, render } from '@testing-library/preact'
import { atom } from 'nanostores'
import { afterEach, vi } from 'vitest'
import { validateConfig } from '../../src/core/config/validate'
import { gpcOverridesChoice } from '../../src/core/consent/gpc-conflict'
import { createConsentCore } from '../../src/core/consentry-core'
import { createConsentStore } from '../../src/core/stores/consent-store'
import { memoryStorage } from '../../src/core/storage/memory-storage'
import { App } from '../../src/ui/App'
import { Env, type UIEnv, type UIView } from '../../src/ui/context'
import { buildTexts } from '../../src/ui/i18n/build-texts'

// Testing Library unmounts by itself only with vitest globals on; they are off here.
afterEach(cleanup)

/**
 * Renders the UI on a real consent core (memory storage) for component tests, without
 * shadow DOM so that Testing Library queries reach it.
 */
export function renderUI(
  options: {
    config?: unknown
    view?: Partial<UIView>
    gpc?: boolean
    region?: string
    language?: string
    translation?: Record<string, string>
  } = {}
) {
  let records = 0
  const core = createConsentCore({
    storage: memoryStorage(),
    store: createConsentStore,
    // One id a decision, as in a browser: the UI tells decisions apart by it.
    randomId: () => `testrecord${String(++records).padStart(6, '0')}`,
    version: 'test',
    gpc: options.gpc,
    region: options.region
  })
  const result = validateConfig(options.config)
  core.configure(result)
  const actions = {
    acceptAll: vi.fn(core.acceptAll),
    rejectAll: vi.fn(core.rejectAll),
    save: vi.fn(core.save),
    optOut: vi.fn(core.optOut)
  }
  const $view = atom<UIView>({ banner: true, dialog: null, ...options.view })
  const language = options.language ?? 'en'
  const env: UIEnv = {
    $state: core.$state,
    $view,
    config: result.config,
    actions,
    texts: buildTexts(language, options.translation, result.config),
    language,
    setView: (change) => $view.set({ ...$view.get(), ...change }),
    gpcConflict: () => gpcOverridesChoice(core.$state.get(), core.choice())
  }
  const rendered = render(
    <Env.Provider value={env}>
      <App />
    </Env.Provider>
  )
  return { ...rendered, core, actions, $view }
}

/**
 * The consent id line whose text (the id in a `<bdi>` of its own) has `words`, for
 * `getByText` and its kin.
 */
export const proofLine =
  (words: string | RegExp) =>
  (_: string, element: Element | null): boolean =>
    element?.classList.contains('cy-proof') === true &&
    (typeof words === 'string'
      ? element.textContent!.includes(words)
      : words.test(element.textContent!))
