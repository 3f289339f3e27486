/**
 * The words for a new password refused by the password policy: too short, too simple, used before,
 * banned. Such a refusal comes after the call was authorized: the service checked the value, so the
 * app and the caller were allowed to set it (the password must satisfy the user's password
 * policies: https://learn.microsoft.com/graph/api/resources/passwordprofile).
 */
import { registerPhrases } from '../phrase-index.js';

export const PASSWORD_POLICY_PHRASES: readonly string[] = ['password complexity', 'does not comply with password', 'does not meet the password', 'password does not meet', 'password is too short', 'password was used previously', 'banned password',
  // The complexity rules said unmet with the password named earlier in the sentence ("the password that gets sent doesn't meet the minimum complexity requirements").
  "doesn't meet the minimum complexity", 'does not meet the minimum complexity', "doesn't meet the complexity", 'does not meet the complexity', "don't meet the complexity", 'do not meet the complexity',
  // The same in the other languages the product reads prose in.
  '複雑さの要件を満たしていません', '複雑さの要件を満たしていない', '不符合密码复杂性要求', '不符合复杂性要求', '不满足复杂度要求', '不满足复杂性要求',
  'erfüllt nicht die komplexitätsanforderungen', 'erfüllt die komplexitätsanforderungen nicht', 'no cumple los requisitos de complejidad', 'no cumple con los requisitos de complejidad',
  'ne respecte pas les exigences de complexité', 'não atende aos requisitos de complexidade'];
registerPhrases(PASSWORD_POLICY_PHRASES);
