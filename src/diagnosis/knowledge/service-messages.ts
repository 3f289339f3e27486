/**
 * Messages that services behind Graph write when the code itself says little (Intune, for one,
 * answers "Forbidden" and puts the reason in the message). Matched as phrases, lower-cased.
 */
import { rows, type KnowledgeRow } from './row.js';

const INTUNE_GRAPH = 'https://learn.microsoft.com/intune/intune-graph-apis';

export const SERVICE_MESSAGES: readonly KnowledgeRow[] = [
  ...rows(INTUNE_GRAPH, [
    ['application is not authorized to perform this operation', 'permissions-missing', 'strong', 'Intune: the app lacks the Intune permission for the call'],
    ['application must have one of the following scopes', 'permissions-missing', 'decisive', 'Intune names the permissions the app would need'],
    ['user is not authorized to perform this operation', 'user-access-or-license', 'strong', 'Intune: the signed-in user lacks the Intune role for the call'],
  ]),
];
