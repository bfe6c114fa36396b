/**
 * An error from a Consentry API call made with bad arguments. The call changed nothing.
 *
 * @example
 * try { Consentry.save({ categories: { marketng: true } }) }
 * catch (e) { e instanceof ConsentryError && console.log(e.problems) }
 */
export class ConsentryError extends Error {
  /** One line per problem. */
  readonly problems: readonly string[]

  constructor(action: string, problems: readonly string[]) {
    super(`Consentry.${action}: ${problems.join('; ')}`)
    this.name = 'ConsentryError'
    this.problems = problems
  }
}
