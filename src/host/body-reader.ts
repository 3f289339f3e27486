/**
 * Reads a POST body into a JSON value within hard limits, in place of restify's bodyParser
 * (whose gunzip stream crashed the process on a corrupt body and counted the compressed bytes).
 *
 * Policy: identity, gzip and deflate bodies are accepted: whatever sits in front of the bot (a
 * channel, a gateway, a proxy) may compress, and inflating with a cap costs no more than reading
 * the same number of plain bytes. MAX_BODY_BYTES bounds both the bytes on the wire
 * and the bytes after inflating: past it 413. Any other encoding 415, a corrupt or truncated
 * gzip/deflate body 400, JSON that is invalid or nested deeper than a Bot Framework activity
 * ever is 400. Every failure is an answer, never an exception that outlives the request.
 */
import { gunzip, inflate, type InputType, type ZlibOptions } from 'node:zlib';
import type restify from 'restify';

/** Deeper than any activity (a Teams message with card action data is under 15 levels). */
export const MAX_JSON_DEPTH = 64;

type Inflate = (buffer: InputType, options: ZlibOptions, callback: (error: Error | null, result: Buffer) => void) => void;

const DECODERS: Readonly<Record<string, Inflate | null>> = { identity: null, gzip: gunzip, 'x-gzip': gunzip, deflate: inflate };

export interface BodyLimits {
  readonly maxBytes: number;
  readonly maxDepth?: number;
}

export class BodyRefusal {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly message: string,
  ) {}
}

/**
 * Whether JSON text nests objects/arrays deeper than `max`: one pass, strings skipped. Deep
 * nesting parses fine but overflows the stack of whatever walks it later (restify's response
 * formatter did, and then logged the whole request, bearer token included).
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

function decodingOf(header: string | string[] | undefined): Inflate | null | undefined {
  const value = (Array.isArray(header) ? header.join(',') : (header ?? 'identity')).trim().toLowerCase();
  return Object.hasOwn(DECODERS, value || 'identity') ? DECODERS[value || 'identity'] : undefined;
}

function tooLarge(maxBytes: number): BodyRefusal {
  return new BodyRefusal(413, 'PayloadTooLarge', `the body is larger than ${maxBytes} bytes (counted after any decompression)`);
}

/** The raw bytes of the request, at most maxBytes of them. */
function readRaw(req: restify.Request, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const finish = (error?: BodyRefusal): void => {
      if (settled) return;
      settled = true;
      req.removeListener('data', onData);
      if (error) {
        // Drop the rest of the body without keeping it; the answer goes out now.
        req.resume();
        reject(error);
      } else resolve(Buffer.concat(chunks, received));
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > maxBytes) finish(tooLarge(maxBytes));
      else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish());
    req.once('aborted', () => finish(new BodyRefusal(400, 'BadRequest', 'the request was aborted')));
    req.once('error', () => finish(new BodyRefusal(400, 'BadRequest', 'the request body could not be read')));
  });
}

function decode(raw: Buffer, decoder: Inflate, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxOutputLength stops inflating as soon as the output passes the cap: a bomb costs maxBytes.
    decoder(raw, { maxOutputLength: maxBytes }, (error, result) => {
      if (!error) resolve(result);
      else if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') reject(tooLarge(maxBytes));
      else reject(new BodyRefusal(400, 'BadRequest', 'the body is not valid for its Content-Encoding'));
    });
  });
}

/** The request's JSON body, or a BodyRefusal saying which limit it broke. */
export async function readJsonBody(req: restify.Request, limits: BodyLimits): Promise<unknown> {
  const decoder = decodingOf(req.headers['content-encoding']);
  if (decoder === undefined) throw new BodyRefusal(415, 'UnsupportedMediaType', 'Content-Encoding must be identity, gzip or deflate');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    req.resume();
    throw tooLarge(limits.maxBytes);
  }
  const raw = await readRaw(req, limits.maxBytes);
  const bytes = decoder ? await decode(raw, decoder, limits.maxBytes) : raw;
  const text = bytes.toString('utf8');
  if (nestsDeeperThan(text, limits.maxDepth ?? MAX_JSON_DEPTH)) throw new BodyRefusal(400, 'BadRequest', 'the JSON is nested too deeply');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyRefusal(400, 'BadRequest', 'the body is not valid JSON');
  }
}

/** restify handler: req.body is the parsed JSON, or the request is answered with its 4xx. */
export function jsonBody(limits: BodyLimits): restify.RequestHandler {
  return (req, res, next) => {
    readJsonBody(req, limits).then(
      (body) => {
        req.body = body;
        next();
      },
      (error: unknown) => {
        const refusal = error instanceof BodyRefusal ? error : new BodyRefusal(400, 'BadRequest', 'the body could not be read');
        // The unread rest of a refused body would otherwise be parsed as the next request.
        res.setHeader('connection', 'close');
        res.send(refusal.status, { error: refusal.error, message: refusal.message });
        next(false);
      },
    );
  };
}
