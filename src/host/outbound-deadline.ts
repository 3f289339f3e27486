/**
 * A deadline on every call the bot makes to the channel's connector (replies, updates), the
 * access token it needs included. Without it a connector that accepts and never answers holds
 * the turn, its socket and its slot for minutes; with it the call is aborted (the socket is
 * freed) and fails with OutboundTimeoutError after `timeoutMs`.
 *
 * botbuilder builds ConnectorClient's pipeline itself and drops any policies passed in, so the
 * deadline is added to each client's pipeline once, when the client is created (client-cache.ts).
 * It runs in the Serialize phase, before the policy that signs the request: token acquisition
 * (MSAL, which takes no abort signal) is inside the deadline too.
 */
import type { ConnectorClient } from 'botframework-connector';

export class OutboundTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the channel did not answer within ${timeoutMs} ms`);
    this.name = 'OutboundTimeoutError';
  }
}

/** The parts of @azure/core-rest-pipeline used here (it is botbuilder's dependency, not ours). */
interface PipelineRequestLike {
  timeout: number;
  abortSignal?: AbortSignal;
}
interface PipelineLike {
  addPolicy(
    policy: { name: string; sendRequest(request: PipelineRequestLike, next: (request: PipelineRequestLike) => Promise<unknown>): Promise<unknown> },
    options?: { phase?: 'Serialize' },
  ): void;
}

function pipelineOf(client: ConnectorClient): PipelineLike {
  const pipeline = (client as unknown as { client?: { pipeline?: Partial<PipelineLike> } }).client?.pipeline;
  // Fail at the first reply rather than run without a deadline if botbuilder changes its internals.
  if (typeof pipeline?.addPolicy !== 'function') throw new Error('ConnectorClient has no pipeline to add the outbound deadline to');
  return pipeline as PipelineLike;
}

export function addOutboundDeadline(client: ConnectorClient, timeoutMs: number): void {
  pipelineOf(client).addPolicy(
    {
      name: 'graph-auth-doctor-outbound-deadline',
      async sendRequest(request, next) {
        const controller = new AbortController();
        const outer = request.abortSignal;
        const forward = (): void => controller.abort(outer?.reason);
        outer?.addEventListener('abort', forward, { once: true });
        request.abortSignal = controller.signal;
        // The socket-level timeout also covers a connector that stalls halfway through its answer.
        if (!request.timeout || request.timeout > timeoutMs) request.timeout = timeoutMs;
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            controller.abort();
            reject(new OutboundTimeoutError(timeoutMs));
          }, timeoutMs);
        });
        try {
          return await Promise.race([next(request), deadline]);
        } finally {
          clearTimeout(timer);
          outer?.removeEventListener('abort', forward);
        }
      },
    },
    { phase: 'Serialize' },
  );
}
