/** Category and vendor ids: lower-case, start with a letter (they go into markup). */
export const ID_PATTERN = /^[a-z][a-z0-9_-]*$/

/** ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision (`DE`, `US-CA`). */
export const REGION_PATTERN = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/

/** A BCP 47 language tag, loosely (`en`, `pt-BR`, `zh-Hans-CN`). */
export const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** An absolute http(s) URL or a path on this site. */
export const URL_PATTERN = /^(https?:\/\/[^\s/]+|\/)[^\s]*$/

/** A cookie name: an RFC 6265 token ("token = 1*<any CHAR except CTLs or separators>"). */
export const COOKIE_NAME_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

/** A host name (`connect.facebook.net`), no scheme, port or path. */
export const HOST_PATTERN =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i
