import { describe, expect, it } from 'vitest'
import { DEFAULT_CATEGORIES, DEFAULT_CATEGORY_TAGS } from './categories'
import { DEFAULT_VENDORS } from './index'
import { DEFAULT_VENDOR_TAGS } from './tags'

describe('gating parts of the catalog (what the first file carries)', () => {
  it('lists every vendor in catalog order, so the stored-choice fingerprint agrees', () => {
    expect(DEFAULT_VENDOR_TAGS.map((v) => v.id)).toEqual(DEFAULT_VENDORS.map((v) => v.id))
  })

  it('each vendor entry is its gating part plus texts, never a different host or API', () => {
    DEFAULT_VENDORS.forEach((vendor, i) => {
      const tags = DEFAULT_VENDOR_TAGS[i]!
      expect(vendor).toMatchObject(tags)
      expect(Object.keys(tags).sort()).toEqual(
        [
          'category',
          'hosts',
          'id',
          'saleShare',
          ...(vendor.consentApi ? ['consentApi'] : [])
        ].sort()
      )
    })
  })

  it('lists the default categories in order, essential required', () => {
    expect(DEFAULT_CATEGORY_TAGS).toEqual(
      DEFAULT_CATEGORIES.map(({ id, required }) => (required ? { id, required } : { id }))
    )
  })
})
