/**
 * How the sign-in commands of Microsoft's PowerShell modules and command-line tools say which
 * flow gets the token: the same command signs a user in or the app alone, depending on its
 * switches (Connect-PnPOnline -Interactive is a user, -Thumbprint the app). A row is a command,
 * a switch written on the same command line, and the flow that parameter set uses; a command
 * whose switches name no row is left undecided (its default differs per tool).
 */
import type { SignInFlow } from '../evidence/sign-in-flow.js';

export interface LoginCommandRow {
  /** Lower-cased command as typed ("connect-pnponline", "m365 login"). */
  readonly command: string;
  /** Lower-cased switch, with its value where the value decides ("--authtype certificate"). */
  readonly switch: string;
  readonly flow: SignInFlow;
  readonly source: string;
}

const PNP_POWERSHELL = 'https://pnp.github.io/powershell/cmdlets/Connect-PnPOnline';
const AZ_POWERSHELL = 'https://learn.microsoft.com/powershell/module/az.accounts/connect-azaccount';
const EXCHANGE_APP_ONLY = 'https://learn.microsoft.com/powershell/exchange/app-only-auth-powershell-v2';
const EXCHANGE_CONNECT = 'https://learn.microsoft.com/powershell/module/exchangepowershell/connect-exchangeonline';
const ENTRA_POWERSHELL = 'https://learn.microsoft.com/powershell/module/microsoft.entra.authentication/connect-entra';
const GRAPH_POWERSHELL = 'https://learn.microsoft.com/powershell/microsoftgraph/authentication-commands';
const TEAMS_CONNECT = 'https://learn.microsoft.com/powershell/module/teams/connect-microsoftteams';
const CLI_M365_LOGIN = 'https://pnp.github.io/cli-microsoft365/cmd/login';
/** The Azure CLI signs in a user by default, the app with --service-principal, a managed identity with --identity. */
const AZ_CLI_LOGIN = 'https://learn.microsoft.com/cli/azure/authenticate-azure-cli';

function command(name: string, source: string, switches: readonly (readonly [string, SignInFlow])[]): LoginCommandRow[] {
  return switches.map(([sw, flow]) => ({ command: name, switch: sw, flow, source }));
}

export const LOGIN_COMMANDS: readonly LoginCommandRow[] = [
  // App-only parameter sets: a certificate (path, base64 or thumbprint), an ACS client secret, a managed identity.
  ...command('connect-pnponline', PNP_POWERSHELL, [
    ['-thumbprint', 'certificate'], ['-certificatepath', 'certificate'], ['-certificatebase64encoded', 'certificate'],
    ['-clientsecret', 'client-credentials'], ['-managedidentity', 'managed-identity'],
    ['-interactive', 'auth-code'], ['-devicelogin', 'device-code'], ['-credentials', 'username-password'], ['-usewebloginauthentication', 'auth-code'],
  ]),
  ...command('connect-azaccount', AZ_POWERSHELL, [
    ['-serviceprincipal', 'client-credentials'], ['-identity', 'managed-identity'], ['-certificatethumbprint', 'certificate'],
    ['-usedeviceauthentication', 'device-code'],
  ]),
  ...command('connect-exchangeonline', EXCHANGE_APP_ONLY, [
    ['-certificatethumbprint', 'certificate'], ['-certificatefilepath', 'certificate'], ['-certificate ', 'certificate'], ['-managedidentity', 'managed-identity'],
  ]),
  ...command('connect-exchangeonline', EXCHANGE_CONNECT, [['-userprincipalname', 'auth-code'], ['-device', 'device-code']]),
  ...command('connect-entra', ENTRA_POWERSHELL, [
    ['-certificatethumbprint', 'certificate'], ['-clientsecretcredential', 'client-credentials'], ['-identity', 'managed-identity'],
    ['-scopes', 'auth-code'], ['-usedevicecode', 'device-code'],
  ]),
  // Its parameter sets: a user (-Scopes, device code), a certificate, a client secret credential, a managed identity
  // (https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/connect-mggraph).
  ...command('connect-mggraph', GRAPH_POWERSHELL, [
    ['-identity', 'managed-identity'], ['-usedevicecode', 'device-code'], ['-usedeviceauthentication', 'device-code'], ['-certificatesubjectname', 'certificate'],
    ['-certificatethumbprint', 'certificate'], ['-certificate ', 'certificate'], ['-clientsecretcredential', 'client-credentials'],
  ]),
  // Teams PowerShell signs the app in with a certificate (ServicePrincipalCertificate[Thumbprint] parameter sets).
  ...command('connect-microsoftteams', TEAMS_CONNECT, [['-certificatethumbprint', 'certificate'], ['-certificate ', 'certificate'], ['-usedeviceauthentication', 'device-code']]),
  ...command('az login', AZ_CLI_LOGIN, [['--service-principal', 'client-credentials'], ['--identity', 'managed-identity'], ['--use-device-code', 'device-code']]),
  ...command('m365 login', CLI_M365_LOGIN, [
    ['--authtype certificate', 'certificate'], ['--authtype secret', 'client-credentials'], ['--authtype identity', 'managed-identity'],
    ['--authtype devicecode', 'device-code'], ['--authtype browser', 'auth-code'], ['--authtype password', 'username-password'],
  ]),
];

/** The commands, for a cheap gate before reading lines. */
export const LOGIN_COMMAND_NAMES: readonly string[] = [...new Set(LOGIN_COMMANDS.map((r) => r.command))];
