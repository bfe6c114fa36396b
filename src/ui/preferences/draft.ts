import type { ResolvedConfig } from '../../core/config/types'
import type { ConsentState } from '../../core/consent/types'

/** The switches in the preferences dialog before they are saved. */
export interface Draft {
  categories: Record<string, boolean>
  vendors: Record<string, boolean>
}

/**
 * The dialog's starting switches: what is granted now. Nothing is pre-ticked that the
 * visitor has not granted (under `gdpr` with a GPC signal, marketing stays off).
 *
 * @param state The consent state.
 * @returns A fresh draft.
 */
export function draftFrom(state: ConsentState): Draft {
  return { categories: { ...state.categories }, vendors: { ...state.vendors } }
}

/**
 * Sets a category: its vendors follow it.
 *
 * @param config The resolved config.
 * @param draft The draft.
 * @param id Category id.
 * @param on The new value.
 * @returns The new draft.
 */
export function setCategory(
  config: ResolvedConfig,
  draft: Draft,
  id: string,
  on: boolean
): Draft {
  const vendors = { ...draft.vendors }
  for (const vendor of config.vendors) if (vendor.category === id) vendors[vendor.id] = on
  return { categories: { ...draft.categories, [id]: on }, vendors }
}

/**
 * Sets a vendor: switching one on switches its category on too, since a vendor runs only
 * when its category is granted.
 *
 * @param config The resolved config.
 * @param draft The draft.
 * @param id Vendor id.
 * @param on The new value.
 * @returns The new draft.
 */
export function setVendor(
  config: ResolvedConfig,
  draft: Draft,
  id: string,
  on: boolean
): Draft {
  const category = config.vendors.find((v) => v.id === id)?.category
  const categories =
    on && category ? { ...draft.categories, [category]: true } : draft.categories
  return { categories, vendors: { ...draft.vendors, [id]: on } }
}
