/**
 * US states with a comprehensive consumer-privacy law giving an opt-out of the sale of
 * personal data and of targeted advertising: region code → the law. Visitors from these
 * states always get the `us` regime, whatever the owner maps for `US` as a whole.
 */
export const US_STATE_LAWS: Readonly<Record<string, string>> = {
  'US-CA': 'California Consumer Privacy Act, as amended by the CPRA',
  'US-VA': 'Virginia Consumer Data Protection Act',
  'US-CO': 'Colorado Privacy Act',
  'US-CT': 'Connecticut Data Privacy Act',
  'US-UT': 'Utah Consumer Privacy Act',
  'US-TX': 'Texas Data Privacy and Security Act',
  'US-OR': 'Oregon Consumer Privacy Act',
  'US-MT': 'Montana Consumer Data Privacy Act',
  'US-IA': 'Iowa Consumer Data Protection Act',
  'US-DE': 'Delaware Personal Data Privacy Act',
  'US-NE': 'Nebraska Data Privacy Act',
  'US-NH': 'New Hampshire Privacy Act',
  'US-NJ': 'New Jersey Data Privacy Act',
  'US-TN': 'Tennessee Information Protection Act',
  'US-MN': 'Minnesota Consumer Data Privacy Act',
  'US-MD': 'Maryland Online Data Privacy Act',
  'US-IN': 'Indiana Consumer Data Protection Act',
  'US-KY': 'Kentucky Consumer Data Protection Act',
  'US-RI': 'Rhode Island Data Transparency and Privacy Protection Act'
}
