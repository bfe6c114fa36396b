import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../config/defaults'
import { acceptAllChoice, rejectAllChoice } from './decide'
import { deriveState } from './derive-state'
import { gpcOverridesChoice } from './gpc-conflict'

const config = defaultConfig()
const stored = (
  choice = acceptAllChoice(config),
  gpc = true,
  regime: 'us' | 'gdpr' = 'us'
) =>
  deriveState({ config, regime, gpc }, choice, {
    decided: true,
    method: 'stored',
    id: 'x',
    time: 0
  })

describe('gpcOverridesChoice', () => {
  it('is true when GPC overrides a stored choice that allowed sale or sharing', () => {
    expect(gpcOverridesChoice(stored(), acceptAllChoice(config))).toBe(true)
  })

  it('is true on the view that records the signal, not after a decision made with it', () => {
    const made = (method: 'gpc' | 'preferences') =>
      deriveState({ config, regime: 'us', gpc: true }, acceptAllChoice(config), {
        decided: true,
        method,
        id: 'x',
        time: 0
      })
    expect(gpcOverridesChoice(made('gpc'), acceptAllChoice(config))).toBe(true)
    expect(gpcOverridesChoice(made('preferences'), acceptAllChoice(config))).toBe(false)
  })

  it('is false when the stored choice already opted out, without GPC, or outside us', () => {
    expect(
      gpcOverridesChoice(stored(rejectAllChoice(config)), rejectAllChoice(config))
    ).toBe(false)
    expect(gpcOverridesChoice(stored(undefined, false), acceptAllChoice(config))).toBe(
      false
    )
    expect(
      gpcOverridesChoice(stored(undefined, true, 'gdpr'), acceptAllChoice(config))
    ).toBe(false)
  })
})
