// @vitest-environment happy-dom
import { atom } from 'nanostores'
import { describe, expect, it, vi } from 'vitest'
import { pendingGatingConfig } from '../../core/config/gating'
import { storedState } from '../../core/consent/derive-state'
import { startRuntime } from './index'

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('runtime: one MutationObserver for auto-blocking and the gate', () => {
  it('a vendor tag added with its URL already set is held, and the gate sees it as gated in the same batch', async () => {
    const config = pendingGatingConfig()
    // Made before the runtime patches `src`: only the observer can catch it.
    const pixel = document.createElement('img')
    pixel.src = 'https://www.facebook.com/tr?id=1'
    const blockedFrame = vi.fn()
    const runtime = startRuntime({
      document,
      $state: atom(storedState({ config, regime: 'gdpr', gpc: false }, undefined)),
      hooks: {
        config: () => config,
        configured: () => false,
        blockedFrame,
        show: () => undefined
      },
      autoBlock: true
    })
    document.body.append(pixel)
    await tick()
    expect(pixel.hasAttribute('src')).toBe(false)
    expect(pixel.getAttribute('data-src')).toBe('https://www.facebook.com/tr?id=1')
    expect(pixel.getAttribute('data-vendor')).toBe('facebook')
    // Told at once (an iframe's cue for its placeholder), not at the next full scan.
    expect(blockedFrame).toHaveBeenCalledWith(pixel, 'marketing', 'facebook')
    runtime.gate.stop()
  })
})
