import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CATEGORIES, DEFAULT_VENDORS } from '../../catalog/index'
import {
  COOKIE_NAME_PATTERN,
  ID_PATTERN,
  LANGUAGE_PATTERN,
  REGION_PATTERN,
  URL_PATTERN
} from './patterns'
import { CONFIG_KEYS, COOKIE_KEYS, GCM_KEYS, UI_KEYS, validateConfig } from './validate'
import { CATEGORY_KEYS } from './validate-categories'
import { VENDOR_COOKIE_KEYS, VENDOR_KEYS } from './validate-vendors'

// schema/consent-config.schema.json is for editors (completion, squiggles in consent.json);
// the validator is the authority. These tests keep the two in step.
const schema = JSON.parse(
  readFileSync(
    new URL('../../../schema/consent-config.schema.json', import.meta.url),
    'utf8'
  )
)
const valid = new Ajv2020({ allErrors: true, strict: false }).compile(schema)
const defs = schema.$defs
const vendorObject = defs.vendor.oneOf[1]
const keys = (object: { properties: object }) => Object.keys(object.properties).sort()

describe('the config JSON Schema follows the validator', () => {
  it('names exactly the fields the validator knows, at every level', () => {
    expect(keys(schema)).toEqual([...CONFIG_KEYS].sort())
    expect(keys(schema.properties.cookie)).toEqual([...COOKIE_KEYS].sort())
    expect(keys(schema.properties.googleConsentMode.oneOf[1])).toEqual(
      [...GCM_KEYS].sort()
    )
    expect(keys(schema.properties.ui)).toEqual([...UI_KEYS].sort())
    expect(keys(defs.category)).toEqual([...CATEGORY_KEYS].sort())
    expect(keys(vendorObject)).toEqual([...VENDOR_KEYS].sort())
    expect(keys(vendorObject.properties.cookies.items)).toEqual(
      [...VENDOR_COOKIE_KEYS].sort()
    )
  })

  it("uses the validator's own patterns, and the catalog's ids", () => {
    expect(defs.region.pattern).toBe(REGION_PATTERN.source)
    expect(defs.language.pattern).toBe(LANGUAGE_PATTERN.source)
    expect(defs.url.pattern).toBe(URL_PATTERN.source)
    expect(schema.properties.cookie.properties.name.pattern).toBe(
      COOKIE_NAME_PATTERN.source
    )
    expect(defs.category.properties.id.pattern).toBe(ID_PATTERN.source)
    expect(defs.category.if.properties.id.enum).toEqual(
      DEFAULT_CATEGORIES.map((c) => c.id)
    )
    expect(defs.vendor.oneOf[0].enum).toEqual(DEFAULT_VENDORS.map((v) => v.id))
    expect(vendorObject.if.properties.id.enum).toEqual(DEFAULT_VENDORS.map((v) => v.id))
  })

  const VALID: unknown[] = [
    {},
    JSON.parse(readFileSync('test/fixtures/config.json', 'utf8')),
    {
      $schema: './node_modules/consentry/schema/consent-config.schema.json',
      revision: 3,
      regime: 'auto',
      region: 'us-ca',
      regionRegimes: { BR: 'gdpr', 'US-TX': 'none' },
      language: 'pt-BR',
      texts: { de: { acceptAll: 'Einverstanden' } },
      categories: [
        { id: 'essential' },
        { id: 'statistical', title: { en: 'Statistics', de: 'Statistik' } },
        { id: 'chat', title: 'Chat', description: 'Live chat.' }
      ],
      vendors: [
        'google-analytics',
        { id: 'criteo', category: 'chat', saleShare: false },
        {
          id: 'my-chat',
          name: 'My Chat',
          category: 'chat',
          privacyPolicyUrl: 'https://chat.example/privacy',
          cookies: [{ name: 'chat_*', days: 0, thirdParty: true }],
          storage: ['chat-state'],
          hosts: ['widget.chat.example']
        }
      ],
      cookie: {
        name: 'cc',
        domain: '.example.com',
        path: '/',
        sameSite: 'Strict',
        expiryDays: 400
      },
      googleConsentMode: { waitForUpdate: 0, urlPassthrough: true, region: ['DE'] },
      recordEndpoint: '/consent-log',
      privacyPolicyUrl: 'https://shop.example/privacy',
      legalNoticeUrl: 'https://shop.example/imprint',
      ui: {
        layout: 'modal',
        blockPage: true,
        theme: 'high-contrast',
        reopenButton: true
      },
      reloadOnWithdraw: false,
      autoBlock: true,
      hosts: { 'cdn.chat.example': 'chat' },
      mspaCovered: true
    },
    { googleConsentMode: false }
  ]

  it.each(VALID.map((c, i) => [i, c]))(
    'accepts what the validator accepts (%i)',
    (_, config) => {
      const result = validateConfig(config)
      expect(result.errors).toEqual([])
      expect(result.warnings).toEqual([])
      expect(valid(config), JSON.stringify(valid.errors)).toBe(true)
    }
  )

  const INVALID: unknown[] = [
    { revision: -1 },
    { regime: 'eu' },
    { region: 'Germany' },
    { regionRegimes: { DE: 'opt-in' } },
    { language: 'english!' },
    { texts: { de: { acceptAll: 42 } } },
    { categories: [{ id: 42 }] },
    { categories: [{ id: 'chat' }] }, // a new category needs a title
    { categories: [{ id: 'statistical', title: '' }] },
    { vendors: ['nope'] },
    { vendors: [{ id: 'my-chat', name: 'Chat', category: 'marketing' }] }, // no policy URL
    { vendors: [{ id: 'facebook', cookies: [{ name: '<b>', days: 1 }] }] },
    { vendors: [{ id: 'facebook', hosts: ['https://x.example'] }] },
    { cookie: { expiryDays: 401 } },
    { cookie: { sameSite: 'lax' } },
    { googleConsentMode: 'yes' },
    { recordEndpoint: 'ftp://x' },
    { ui: { layout: 'sidebar' } },
    { autoBlock: 'yes' },
    { hosts: { 'not a host': 'marketing' } },
    { mspaCovered: 1 }
  ]

  it.each(INVALID.map((c) => [JSON.stringify(c), c]))(
    'rejects what the validator rejects: %s',
    (_, config) => {
      expect(validateConfig(config).errors).not.toEqual([])
      expect(valid(config)).toBe(false)
    }
  )

  it('warns of an unknown field as the schema refuses it, and takes $schema silently', () => {
    expect(validateConfig({ colour: 'red' }).warnings).toEqual([
      'colour: unknown key, ignored'
    ])
    expect(valid({ colour: 'red' })).toBe(false)
    expect(validateConfig({ $schema: 'x' })).toMatchObject({ errors: [], warnings: [] })
  })
})
