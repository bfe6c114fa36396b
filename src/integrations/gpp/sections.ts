import { base64url, fibonacciRange, fixed } from './bits'

/** A GPP "boolean as two-bit integer": 0 not applicable, 1 yes, 2 no. */
export type Tristate = 0 | 1 | 2

/** Fields every US section ends with: sensitive data, consents, MSPA and GPC. */
export interface UsSectionTail {
  SensitiveDataProcessing: Tristate[]
  KnownChildSensitiveDataConsents: Tristate[]
  PersonalDataConsents: Tristate
  MspaCoveredTransaction: 1 | 2
  MspaOptOutOptionMode: Tristate
  MspaServiceProviderMode: Tristate
  Gpc: boolean
}

/** The fields of a `usnat` section (US National Privacy, version 2). */
export interface UsNatFields extends UsSectionTail {
  SharingNotice: Tristate
  SaleOptOutNotice: Tristate
  SharingOptOutNotice: Tristate
  TargetedAdvertisingOptOutNotice: Tristate
  SensitiveDataProcessingOptOutNotice: Tristate
  SensitiveDataLimitUseNotice: Tristate
  SaleOptOut: Tristate
  SharingOptOut: Tristate
  TargetedAdvertisingOptOut: Tristate
  /** 16 entries; 3 in KnownChildSensitiveDataConsents. */
  SensitiveDataProcessing: Tristate[]
}

/** The fields of a `usca` section (California, version 1). */
export interface UsCaFields extends UsSectionTail {
  SaleOptOutNotice: Tristate
  SharingOptOutNotice: Tristate
  SensitiveDataLimitUseNotice: Tristate
  SaleOptOut: Tristate
  SharingOptOut: Tristate
  /** 9 entries; 2 in KnownChildSensitiveDataConsents. */
  SensitiveDataProcessing: Tristate[]
}

/** Section ids (GPP spec, "Section Information"). */
export const SECTION_IDS = { uspv1: 6, usnat: 7, usca: 8 } as const
export type SectionName = keyof typeof SECTION_IDS

const two = (n: number) => fixed(n, 2)
const list = (values: readonly number[]) => values.map(two).join('')
/** The GPC sub-section: type 1, then the signal bit. */
const gpcSegment = (gpc: boolean) => base64url('01' + (gpc ? '1' : '0'))

/**
 * Encodes a US section: a 6-bit version, its own leading two-bit fields, the common tail,
 * then the GPC sub-section.
 */
function encodeSection(
  version: number,
  leading: readonly Tristate[],
  f: UsSectionTail
): string {
  const core =
    fixed(version, 6) +
    list(leading) +
    list(f.SensitiveDataProcessing) +
    list(f.KnownChildSensitiveDataConsents) +
    list([
      f.PersonalDataConsents,
      f.MspaCoveredTransaction,
      f.MspaOptOutOptionMode,
      f.MspaServiceProviderMode
    ])
  return `${base64url(core)}.${gpcSegment(f.Gpc)}`
}

/**
 * Encodes a `usnat` section, version 2, with its GPC sub-section.
 *
 * @param f The fields.
 * @returns The section text.
 */
export function encodeUsNat(f: UsNatFields): string {
  return encodeSection(
    2,
    [
      f.SharingNotice,
      f.SaleOptOutNotice,
      f.SharingOptOutNotice,
      f.TargetedAdvertisingOptOutNotice,
      f.SensitiveDataProcessingOptOutNotice,
      f.SensitiveDataLimitUseNotice,
      f.SaleOptOut,
      f.SharingOptOut,
      f.TargetedAdvertisingOptOut
    ],
    f
  )
}

/**
 * Encodes a `usca` section, version 1, with its GPC sub-section.
 *
 * @param f The fields.
 * @returns The section text.
 */
export function encodeUsCa(f: UsCaFields): string {
  return encodeSection(
    1,
    [
      f.SaleOptOutNotice,
      f.SharingOptOutNotice,
      f.SensitiveDataLimitUseNotice,
      f.SaleOptOut,
      f.SharingOptOut
    ],
    f
  )
}

/**
 * Joins sections into a GPP string: the header (type 3, version 1, the section ids as a
 * Fibonacci range), then each section in id order, separated by `~`.
 *
 * @param sections Encoded sections by name.
 * @returns The GPP string.
 */
export function encodeGpp(sections: Partial<Record<SectionName, string>>): string {
  const names = (Object.keys(sections) as SectionName[]).sort(
    (a, b) => SECTION_IDS[a] - SECTION_IDS[b]
  )
  const header = base64url(
    fixed(3, 6) + fixed(1, 6) + fibonacciRange(names.map((n) => SECTION_IDS[n]))
  )
  return [header, ...names.map((n) => sections[n]!)].join('~')
}
