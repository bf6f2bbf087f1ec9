/**
 * Why GitHub's REST API refused a request, in one sentence for the job summary. Shared by the
 * pull-request comment and the check run, which differ only in what a refusal means for them.
 */
export interface RefusalAdvice {
  /** 403: what the token lacks. */
  forbidden: string;
  /** 404: what is not there (default: the same as 403). */
  notFound?: string;
}

export function refusalReason(error: unknown, step: string, advice: RefusalAdvice): string {
  const { status, response } = error as { status?: unknown; response?: { data?: unknown } };
  const said =
    (response?.data as { message?: unknown } | undefined)?.message ?? (error as Error).message;
  const text =
    typeof said === 'string' ? (said.split('\n')[0] ?? '').slice(0, 200) : String(status);
  // Octokit reports a connection that failed as a 500 without a response.
  if (typeof status !== 'number' || response === undefined) {
    return `could not reach GitHub when ${step}: ${text}`;
  }
  const answered = `GitHub answered ${status} (${text}) when ${step}`;
  if (status === 403) return `${answered}: ${advice.forbidden}`;
  if (status === 404) return `${answered}: ${advice.notFound ?? advice.forbidden}`;
  if (status === 401) return `${answered}: the github-token is not valid`;
  return answered;
}
