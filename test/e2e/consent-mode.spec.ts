import { expect, test } from '@playwright/test'
import { engineStarted, visitOnce } from './helpers'

const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted'
}
const parse = (entry: string) => {
  const [kind, args] = JSON.parse(entry) as [string, unknown[]]
  return { kind, args }
}
const dataLayer = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    (window as unknown as { dataLayer: unknown[] }).dataLayer.map((e) =>
      (window as any).__describe(e)
    )
  )

test.describe('Google Consent Mode v2', () => {
  test('invariant: the default is the first dataLayer entry, an Arguments object, before any tag', async ({
    page
  }) => {
    await page.goto('/fixtures/gcm.html')
    const seen = (
      await page.evaluate(() => (window as any).__atFirstTag as string[])
    ).map(parse)
    expect(seen[0]).toEqual({
      kind: '[object Arguments]',
      args: ['consent', 'default', { ...DENIED, wait_for_update: 500 }]
    })
    expect(seen[1]).toEqual({
      kind: '[object Arguments]',
      args: ['set', 'ads_data_redaction', true]
    })
    expect(seen).toHaveLength(2)
  })

  test('every change pushes an update; redaction follows ad storage', async ({
    page
  }) => {
    await page.goto('/fixtures/gcm.html')
    // Once the engine is here, API calls act at once (before, they wait for it).
    await engineStarted(page)
    await page.evaluate(() => window.Consentry!.acceptAll())
    let entries = (await dataLayer(page)).map(parse)
    expect(entries.slice(2)).toEqual([
      {
        kind: '[object Arguments]',
        args: [
          'consent',
          'update',
          Object.fromEntries(Object.keys(DENIED).map((k) => [k, 'granted']))
        ]
      },
      { kind: '[object Arguments]', args: ['set', 'ads_data_redaction', false] }
    ])
    await page.evaluate(() =>
      window.Consentry!.save({ categories: { marketing: false } })
    )
    entries = (await dataLayer(page)).map(parse)
    expect(entries.at(-2)!.args).toEqual([
      'consent',
      'update',
      {
        ...DENIED,
        analytics_storage: 'granted',
        functionality_storage: 'granted',
        personalization_storage: 'granted'
      }
    ])
    expect(entries.at(-1)!.args).toEqual(['set', 'ads_data_redaction', true])
  })

  test('a returning visitor: the update is pushed before any gated tag runs', async ({
    page
  }) => {
    await visitOnce(page, '/fixtures/gcm.html')
    await page.evaluate(() =>
      window.Consentry!.save({ categories: { statistical: true } })
    )
    await page.reload()
    await expect.poll(() => page.evaluate(() => (window as any).__gatedSaw)).toBeTruthy()
    const sawn = (
      (await page.evaluate(() => (window as any).__gatedSaw)) as string[]
    ).map(parse)
    expect(sawn[0]!.args.slice(0, 2)).toEqual(['consent', 'default'])
    expect(sawn.find((e) => e.args[1] === 'update')!.args[2]).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'denied'
    })
  })

  test('under the us regime the default is granted; with GPC, ad types are denied', async ({
    page
  }) => {
    // The first view signals "denied" until the engine has validated the config and knows
    // the regime; from then on the regime's default is known before any other tag.
    await visitOnce(page, '/fixtures/gcm.html?region=US-CA')
    expect(
      parse((await page.evaluate(() => (window as any).__atFirstTag as string[]))[0]!)
        .args[2]
    ).toMatchObject({ ad_storage: 'denied', analytics_storage: 'denied' })
    await page.goto('/fixtures/gcm.html?region=US-CA')
    let first = parse(
      (await page.evaluate(() => (window as any).__atFirstTag as string[]))[0]!
    )
    expect(first.args[2]).toMatchObject({
      ad_storage: 'granted',
      analytics_storage: 'granted'
    })

    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        get: () => true
      })
    )
    await page.goto('/fixtures/gcm.html?region=US-CA')
    first = parse(
      (await page.evaluate(() => (window as any).__atFirstTag as string[]))[0]!
    )
    expect(first.args[2]).toMatchObject({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted'
    })
  })

  test('with a config still on its way, the default is denied before any tag', async ({
    page
  }) => {
    await page.goto('/fixtures/late-config.html')
    const first = await page.evaluate(() => {
      const entry = (window as unknown as { dataLayer: IArguments[] }).dataLayer[0]!
      return { kind: Object.prototype.toString.call(entry), args: Array.from(entry) }
    })
    expect(first).toEqual({
      kind: '[object Arguments]',
      args: ['consent', 'default', { ...DENIED, wait_for_update: 500 }]
    })
  })
})
