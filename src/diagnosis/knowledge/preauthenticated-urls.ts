/**
 * URLs that carry their own authorization. An upload session's uploadUrl (OneDrive, SharePoint,
 * Outlook attachments) embeds a short-lived token of its own: the app's permissions and its Graph
 * token play no part in the PUT that sends the bytes. Microsoft's pages say to send no
 * Authorization header there (one "might result in an HTTP 401 Unauthorized response"); a refusal
 * on that PUT is the request's or the upload service's, never a missing grant, which would have
 * shown when the session was created.
 */
import { registerPhrases } from '../phrase-index.js';

interface PreauthenticatedUrl {
  /** Words that name the URL itself, or the PUT that sends bytes to it. */
  readonly words: readonly string[];
  readonly source: string;
}

export const PREAUTHENTICATED_URLS: readonly PreauthenticatedUrl[] = [
  { words: ['uploadurl', 'upload_url', 'upload url', 'tempauth='], source: 'https://learn.microsoft.com/graph/api/driveitem-createuploadsession' },
  { words: ['attachmentsessions'], source: 'https://learn.microsoft.com/graph/outlook-large-attachments' },
];

/** The pieces of an upload in progress: a session sending its chunks. */
export const UPLOAD_SESSION_WORDS: readonly string[] = ['createuploadsession', 'upload session', 'uploadsession', 'largefileuploadtask', 'large file upload'];
export const CHUNK_WORDS: readonly string[] = ['chunk', 'fragment', 'content-range'];

export const PREAUTHENTICATED_URL_WORDS: readonly string[] = PREAUTHENTICATED_URLS.flatMap((u) => u.words);
registerPhrases([...PREAUTHENTICATED_URL_WORDS, ...UPLOAD_SESSION_WORDS, ...CHUNK_WORDS]);
