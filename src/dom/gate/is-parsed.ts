/**
 * Whether the HTML parser is done with an element. While the document loads, a node can
 * be in the tree with its text only partly parsed (a network chunk can end inside an
 * inline script); once any node follows it in tree order, its end tag has been read.
 *
 * @param element An element in the document.
 * @returns True when its content is complete.
 */
export function isParsed(element: Element): boolean {
  if (element.ownerDocument.readyState !== 'loading') return true
  for (let node: Node | null = element; node; node = node.parentNode) {
    if (node.nextSibling) return true
  }
  return false
}
