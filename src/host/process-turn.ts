/**
 * One Bot Framework turn for a request the host has already parsed and checked (a JSON object
 * with a string `type`): the work CloudAdapter.process() does for restify, without its second
 * validation. process() re-checks the request with zod schemas it builds anew on every call
 * (`z.record(z.unknown())` twice, the response, the logic, the header), which measured 8 % of a
 * turn's CPU under load and a tenth of its allocations.
 *
 * Authentication is unchanged: processActivity() validates the Bot Framework JWT (or, in local
 * mode, the absence of credentials) before any bot code runs, exactly as process() would.
 */
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type restify from 'restify';
import type { DoctorAdapter } from './adapter.js';

/** The channel sends these as ISO strings; botbuilder's types (and process()) make them Dates. */
const DATE_FIELDS = [
  ['timestamp', 'rawTimestamp'],
  ['expiration', 'rawExpiration'],
  ['localTimestamp', 'rawLocalTimestamp'],
] as const;

function withDates(activity: Activity): Activity {
  const fields = activity as unknown as Record<string, unknown>;
  for (const [field, raw] of DATE_FIELDS) {
    const value = fields[field];
    if (typeof value === 'string') {
      fields[raw] = value;
      fields[field] = new Date(value);
    }
  }
  return activity;
}

export async function processTurn(adapter: DoctorAdapter, req: restify.Request, res: restify.Response, logic: (context: TurnContext) => Promise<void>): Promise<void> {
  const header = req.headers.authorization;
  let response: InvokeResponse | undefined;
  try {
    response = await adapter.runTurn(typeof header === 'string' ? header : '', withDates(req.body as Activity), logic);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    // The turn log records the 401; the bot never ran.
    res.send(401, { error: 'Unauthorized', message: 'the request does not carry a valid Bot Framework token' });
    return;
  }
  if (response?.body) res.send(response.status ?? 200, response.body);
  else {
    res.status(response?.status ?? 200);
    res.end();
  }
}
