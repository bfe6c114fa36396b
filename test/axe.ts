import { createRequire } from 'node:module'

/** axe-core's browser build, injected into the page by the accessibility checks. */
export const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** What `axe.run` reports, as far as the checks read it. */
export interface AxeResult {
  violations: Array<{
    id: string
    impact: string
    nodes: Array<{ target: unknown; failureSummary: string }>
  }>
}

/** The rules every check runs: WCAG 2.0–2.2, levels A and AA. */
export const AXE_OPTIONS = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
  },
  resultTypes: ['violations']
}

/** Each violation in a line: rule, impact, and the nodes with what failed. */
export const describeViolations = (result: AxeResult): string[] =>
  result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`).join(' | ')}`
  )
