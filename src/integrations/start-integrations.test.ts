import { atom } from 'nanostores'
import { describe, expect, it, vi } from 'vitest'
import { defaultConfig } from '../core/config/defaults'
import type { ConsentState } from '../core/consent/types'
import { startIntegrations } from './start-integrations'
import type { Integration } from './types'

describe('startIntegrations', () => {
  it('starts each on the same context; one that throws is reported and skipped', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const seen: string[] = []
    const plugin = (name: string, fail = false): Integration => ({
      name,
      setup(context) {
        if (fail) throw new Error('boom')
        seen.push(`${name}:${context.configured()}`)
        return () => {}
      }
    })
    const config = defaultConfig()
    startIntegrations([plugin('a'), plugin('broken', true), plugin('b')], {
      $state: atom({} as ConsentState),
      config: () => config,
      configured: () => true,
      region: () => undefined,
      window: {} as Window & typeof globalThis
    })
    expect(seen).toEqual(['a:true', 'b:true'])
    expect(error).toHaveBeenCalledWith(
      'Consentry: the broken integration failed to start.',
      expect.any(Error)
    )
  })
})
