/**
 * The HTTP client calls the error-handling, performance and security rules share: the
 * functions and session methods of requests and httpx that send one request.
 */
export const REQUESTS_VERBS: ReadonlySet<string> = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
  'request',
]);
