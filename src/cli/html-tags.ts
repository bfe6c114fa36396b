/** A start tag found in a page's HTML. */
export interface HtmlTag {
  /** The element's name, lower-case. */
  tag: string
  /** Its attributes by lower-case name; an attribute without a value has `''`. */
  attributes: Map<string, string>
  /** A `<script>`'s or `<style>`'s text. */
  body?: string
  /** 1-based line of the start tag. */
  line: number
}

/**
 * A comment, a `<script>` or `<style>` element whole (its body is text, not markup), or a
 * start tag with its attributes (quoted values may hold `>`).
 */
const TAGS =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi
/** One attribute: a name, and a value double-, single- or not quoted, if any. */
const ATTRIBUTE = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

/**
 * The start tags of a page's HTML, read as text for the command line's checks: comments
 * are skipped, and so is markup inside a script or style (as a browser's parser does).
 * Markup written by scripts is not seen; character references are not decoded.
 *
 * @param html The page's HTML.
 * @yields Each start tag, in document order.
 */
export function* htmlTags(html: string): Generator<HtmlTag> {
  // Lines are counted on from the previous tag, so a long page is read once, not once per
  // tag.
  let line = 1
  let counted = 0
  for (const match of html.matchAll(TAGS)) {
    for (; counted < match.index; counted++) if (html[counted] === '\n') line++
    const tag = (match[1] ?? match[4])?.toLowerCase()
    if (!tag) continue // a comment
    const attributes = new Map<string, string>()
    for (const [, name, ...values] of (match[2] ?? match[5] ?? '').matchAll(ATTRIBUTE))
      attributes.set(name!.toLowerCase(), values.find((v) => v !== undefined) ?? '')
    yield { tag, attributes, body: match[3], line }
  }
}
