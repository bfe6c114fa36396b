declare module '*.css?raw' {
  /** The stylesheet's text (minified in the build). */
  const css: string
  export default css
}

declare module '*.css?raw&vars-of=base' {
  /** The theme, keeping only the private properties base.css reads (in the build). */
  const css: string
  export default css
}

declare module '*.css?raw&rules=cy-dialog+cy-dialog-body' {
  /** The stylesheet's rules of those classes alone (in the build). */
  const css: string
  export default css
}

declare module '*.css?raw&vars-of=base+dialogs.cy-dialog' {
  /** The theme, keeping the private properties base.css and the dialog shell read. */
  const css: string
  export default css
}

declare module '*.css?raw&rules=cy-reopen' {
  /** The stylesheet's rules of the re-open button alone (in the build). */
  const css: string
  export default css
}

declare module '*.css?raw&rules=host+cy' {
  /** The shadow host's and the `.cy` container's rules alone (in the build). */
  const css: string
  export default css
}

declare module '*.css?raw&vars-of=base.cy+dialogs.cy-reopen' {
  /** The theme, keeping the private properties the container and re-open button read. */
  const css: string
  export default css
}

declare module '*.css?raw&drop=cy-banner' {
  /** The file's CSS without the rules of `.cy-banner` (the modal banner's base.css). */
  const css: string
  export default css
}
