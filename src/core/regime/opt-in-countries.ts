/**
 * Countries where non-essential cookies need opt-in consent: the EEA (ePrivacy Directive
 * art. 5(3) with the GDPR), the United Kingdom (PECR), Switzerland (revFADP) and Brazil
 * (LGPD). ISO 3166-1 alpha-2 (Greece is GR).
 */
export const OPT_IN_COUNTRIES: readonly string[] = [
  // EU member states
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  // the rest of the EEA
  'IS',
  'LI',
  'NO',
  'GB',
  'CH',
  'BR'
]
