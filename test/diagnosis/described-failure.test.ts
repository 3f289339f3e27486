/**
 * A failure told in words is a problem to ask about; a message that names no failure (a greeting,
 * thanks, a question about the bot) or no subject of ours is still "no error found".
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../src/diagnosis/diagnose.js';
import { NOW } from '../helpers/tokens.js';

describe('diagnosis/described-failure', () => {
  const described: [string, string][] = [
    ['a refusal said in words about a Graph API', 'The sendMail call keeps failing with access denied. The app registration has Mail.Send.'],
    ['a Graph request that "does not work"', 'I cannot call https://graph.microsoft.com/v1.0/me, why?'],
    ['a sign-in that does not work, told', 'The login to Office 365 does not work for our helpdesk tool, nothing happens after the consent page.'],
    ['a status number in prose beside a cmdlet', 'Get-MgUserMessage results in 403 for the shared mailbox.'],
    ['not able to, about a permission', "I'm not able to remove application owners with the delegated permission Application.ReadWrite.All."],
    ['an issue told, something that should happen not happening', 'I am having an issue where the refresh token is not refreshing automatically in our Teams app.'],
    ['a sign-in that keeps asking again', 'Connect-MgGraph keeps asking me to sign in, the browser opens and after the Authenticator approval it starts over.'],
    ['French', "Impossible de lire le calendrier de l'utilisateur avec Graph, le jeton est refusé."],
    ['Spanish', 'No puedo leer los correos con Microsoft Graph, el permiso Mail.Read ya está concedido.'],
    ['German', 'Der Aufruf an Microsoft Graph schlägt fehl, obwohl die Berechtigung erteilt ist.'],
    ['Japanese', 'Graph API でユーザー一覧を取得するとエラーになります。アクセス許可は付与済みです。'],
    ['Chinese', '调用 Graph 接口获取邮件一直报错，权限已经授予了。'],
  ];
  for (const [name, paste] of described) {
    it(`asks about ${name}`, () => {
      const d = diagnose(paste, { now: NOW });
      assert.equal(d.empty, false);
      assert.ok(d.confident || d.questions.length > 0, 'it answers, or asks a guided question');
    });
  }

  const nothing: [string, string][] = [
    ['a greeting', 'hello, how are you?'],
    ['thanks that name a subject of ours', 'thanks, the token works now'],
    ['a question about the bot', 'Can you check my token?'],
    ['a fix reported, naming consent', 'great, admin consent did it'],
    ['a failure word denied by "no"', 'The Graph sync ran with no errors today.'],
    ['a failure about something else entirely', 'My coffee machine is broken again.'],
    ['"no issue", naming a licence', 'No issue here, just a question about which licence our users need.'],
  ];
  for (const [name, paste] of nothing) {
    it(`finds no error in ${name}`, () => assert.equal(diagnose(paste, { now: NOW }).empty, true));
  }
});
