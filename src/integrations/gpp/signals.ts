import type { ConsentState } from '../../core/consent/types'
import {
  encodeGpp,
  encodeUsCa,
  encodeUsNat,
  SECTION_IDS,
  type SectionName,
  type Tristate,
  type UsCaFields,
  type UsNatFields,
  type UsSectionTail
} from './sections'

/** What the GPP API reports for one state. */
export interface GppSignals {
  gppString: string
  /** Ids of the sections in the string. */
  sectionList: number[]
  /** Ids of the sections that apply to this visitor; `[-1]` when none does. */
  applicableSections: number[]
  /** Each section's fields, by name. */
  parsedSections: Partial<Record<SectionName, Record<string, unknown>>>
  /** The US Privacy string (CCPA, IAB "uspv1"). */
  uspString: string
}

const optOut = (on: boolean): Tristate => (on ? 1 : 2)

/**
 * The fields every US section ends with. No sensitive data categories are processed (all
 * 0, not applicable); MSPA coverage as the site declares it (opt-out option mode when
 * covered); the GPC signal.
 */
function tail(
  state: ConsentState,
  sensitive: number,
  children: number,
  mspaCovered: boolean
): UsSectionTail {
  return {
    SensitiveDataProcessing: Array(sensitive).fill(0) as Tristate[],
    KnownChildSensitiveDataConsents: Array(children).fill(0) as Tristate[],
    PersonalDataConsents: 0,
    MspaCoveredTransaction: mspaCovered ? 1 : 2,
    MspaOptOutOptionMode: mspaCovered ? 1 : 0,
    MspaServiceProviderMode: mspaCovered ? 2 : 0,
    Gpc: state.gpc
  }
}

/**
 * The `usnat` fields for a state under the `us` regime. Notices are 1 (given: the opt-out
 * link and dialog); Consentry processes no sensitive data categories, so those are 0
 * (not applicable). Targeted advertising is the CPRA's "sharing": its opt-out follows the
 * sharing opt-out.
 *
 * @param state The consent state.
 * @param mspaCovered Whether the site's transactions are covered by the IAB MSPA.
 * @returns The fields.
 */
export function usNatFields(state: ConsentState, mspaCovered = false): UsNatFields {
  return {
    SharingNotice: 1,
    SaleOptOutNotice: 1,
    SharingOptOutNotice: 1,
    TargetedAdvertisingOptOutNotice: 1,
    SensitiveDataProcessingOptOutNotice: 0,
    SensitiveDataLimitUseNotice: 0,
    SaleOptOut: optOut(state.optOut.sale),
    SharingOptOut: optOut(state.optOut.share),
    TargetedAdvertisingOptOut: optOut(state.optOut.share),
    ...tail(state, 16, 3, mspaCovered)
  }
}

/**
 * The `usca` fields (California) for a state under the `us` regime.
 *
 * @param state The consent state.
 * @param mspaCovered Whether the site's transactions are covered by the IAB MSPA.
 * @returns The fields.
 */
export function usCaFields(state: ConsentState, mspaCovered = false): UsCaFields {
  return {
    SaleOptOutNotice: 1,
    SharingOptOutNotice: 1,
    SensitiveDataLimitUseNotice: 0,
    SaleOptOut: optOut(state.optOut.sale),
    SharingOptOut: optOut(state.optOut.share),
    ...tail(state, 9, 2, mspaCovered)
  }
}

/**
 * The US Privacy string: version 1, notice given, opted out of sale, LSPA-covered; `1---`
 * when the US regime does not apply.
 *
 * @param state The consent state.
 * @param mspaCovered Whether the site's transactions are covered by the LSPA/MSPA.
 * @returns E.g. `1YNN`, `1YYN`, `1---`.
 */
export function uspString(state: ConsentState, mspaCovered = false): string {
  if (state.regime !== 'us') return '1---'
  return `1Y${state.optOut.sale ? 'Y' : 'N'}${mspaCovered ? 'Y' : 'N'}`
}

/**
 * Everything the GPP and USP APIs report for a state. Under `us`: `usnat` and `uspv1`,
 * plus `usca` for California visitors; elsewhere no section applies.
 *
 * @param state The consent state.
 * @param region The visitor's region.
 * @param mspaCovered MSPA/LSPA coverage.
 * @returns The signals.
 */
export function gppSignals(
  state: ConsentState,
  region: string | undefined,
  mspaCovered = false
): GppSignals {
  const usp = uspString(state, mspaCovered)
  if (state.regime !== 'us') {
    return {
      gppString: encodeGpp({}),
      sectionList: [],
      applicableSections: [-1],
      parsedSections: {},
      uspString: usp
    }
  }
  const nat = usNatFields(state, mspaCovered)
  const sections: Partial<Record<SectionName, string>> = {
    uspv1: usp,
    usnat: encodeUsNat(nat)
  }
  const parsedSections: GppSignals['parsedSections'] = {
    uspv1: { Version: 1, Notice: usp[1], OptOutSale: usp[2], LspaCovered: usp[3] },
    usnat: { Version: 2, ...nat }
  }
  const california = region?.toUpperCase() === 'US-CA'
  if (california) {
    const ca = usCaFields(state, mspaCovered)
    sections.usca = encodeUsCa(ca)
    parsedSections.usca = { Version: 1, ...ca }
  }
  const sectionList = (Object.keys(sections) as SectionName[])
    .map((n) => SECTION_IDS[n])
    .sort((a, b) => a - b)
  return {
    gppString: encodeGpp(sections),
    sectionList,
    applicableSections: [california ? SECTION_IDS.usca : SECTION_IDS.usnat],
    parsedSections,
    uspString: usp
  }
}
