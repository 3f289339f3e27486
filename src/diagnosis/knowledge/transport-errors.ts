/**
 * What the caller's own runtime writes when the request never reached Graph: the host name did
 * not resolve, the connection was refused or cut, the TLS certificate chain was not trusted (a
 * proxy doing TLS inspection, as often as not), or a proxy wanted its own credentials. Or when the
 * failure is the caller's own, beside a call Graph allowed: the operating system refused a local
 * file, or the browser withheld a response (CORS), or the code does not build or finds no package it needs. No
 * permission, consent or token changes these, so they speak for not-authorization. Matched as phrases, lower-cased; each row keeps the runtime's
 * page that names the error.
 */
import { rows, type KnowledgeRow } from './row.js';

/** .NET's WebException statuses (NameResolutionFailure, ConnectFailure, TrustFailure). */
const DOTNET_WEB_EXCEPTION = 'https://learn.microsoft.com/dotnet/api/system.net.webexceptionstatus';
/** .NET's HttpRequestError: why an HttpRequestException was thrown (DNS, connection, TLS handshake, proxy tunnel). */
const DOTNET_HTTP_REQUEST_ERROR = 'https://learn.microsoft.com/dotnet/api/system.net.http.httprequesterror';
/** .NET's HttpClient.Timeout (100 seconds by default): a request still unanswered then is canceled ("…due to the configured HttpClient.Timeout of 100 seconds elapsing"). */
const DOTNET_HTTPCLIENT_TIMEOUT = 'https://learn.microsoft.com/dotnet/api/system.net.http.httpclient.timeout';
/** SMTP AUTH (RFC 4954): "504 5.5.4 Unrecognized authentication type" (Exchange Online writes 5.7.4) when the server offers no such mechanism on this connection. */
const SMTP_AUTH_EXTENSION = 'https://www.rfc-editor.org/rfc/rfc4954';
/** Windows Sockets: WSAHOST_NOT_FOUND (11001), WSAECONNREFUSED (10061), WSAETIMEDOUT (10060), WSAECONNRESET (10054). */
const WINSOCK_ERRORS = 'https://learn.microsoft.com/windows/win32/winsock/windows-sockets-error-codes-2';
/** Node.js common system errors (ENOTFOUND, ECONNREFUSED, ECONNRESET, ETIMEDOUT). */
const NODE_SYSTEM_ERRORS = 'https://nodejs.org/api/errors.html#common-system-errors';
/** Node.js X509 certificate error codes. */
const NODE_TLS_ERRORS = 'https://nodejs.org/api/tls.html#x509-certificate-error-codes';
/** Go's crypto/x509: UnknownAuthorityError, "x509: certificate signed by unknown authority", no trusted root for the server's chain. */
const GO_X509 = 'https://pkg.go.dev/crypto/x509#UnknownAuthorityError';
/** Python's ssl module: certificate verification failures. */
const PYTHON_SSL = 'https://docs.python.org/3/library/ssl.html';
/** .NET's HttpStatusCode: 407 ProxyAuthenticationRequired, the proxy wants credentials of its own. */
const DOTNET_HTTP_STATUS = 'https://learn.microsoft.com/dotnet/api/system.net.httpstatuscode';
/** .NET's UnauthorizedAccessException: the operating system denied access (a read-only file, a folder the account may not write). */
const DOTNET_UNAUTHORIZED_ACCESS = 'https://learn.microsoft.com/dotnet/api/system.unauthorizedaccessexception';
/** Python's PermissionError (errno EACCES/EPERM): an operation without the file system's access rights. */
const PYTHON_PERMISSION_ERROR = 'https://docs.python.org/3/library/exceptions.html#PermissionError';
/** OneDrive and Graph file APIs under the browser's cross-origin rules (CORS). */
const ONEDRIVE_CORS = 'https://learn.microsoft.com/onedrive/developer/rest-api/concepts/working-with-cors';
/** Python requests' own exceptions (its source is its reference): ProxyError, "A proxy error occurred", a ConnectionError. */
/**
 * Java's certificate path validation: "PKIX path building failed … unable to find valid certification path to requested target"
 * is the JVM finding no trusted root for the server's certificate (a TLS-inspecting proxy's root missing from its trust store).
 */
const JAVA_CERT_PATH = 'https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/security/cert/CertPathBuilderException.html';
/** curl's error for a proxy that refused the CONNECT tunnel an https URL needs ("CONNECT tunnel failed, response 403"; older builds: "Received HTTP code 403 from proxy after CONNECT"). */
const CURL_ERRORS = 'https://curl.se/libcurl/c/libcurl-errors.html';
/** Squid answers a request its access rules deny with its own ERR_ page, 403 Forbidden by default, and names the page in the X-Squid-Error header. */
const SQUID_DENY_INFO = 'https://www.squid-cache.org/Doc/config/deny_info/';
const PYTHON_REQUESTS_EXCEPTIONS = 'https://github.com/psf/requests/blob/main/src/requests/exceptions.py';
/** PowerShell's ParameterBindingException: a value could not be bound to a parameter of a command, so the command never ran. */
const POWERSHELL_PARAMETER_BINDING = 'https://learn.microsoft.com/dotnet/api/system.management.automation.parameterbindingexception';
/**
 * Python's argparse, which the Azure CLI parses its arguments with: "unrecognized arguments: …" and "argument --x: expected
 * one argument" stop the command before it runs (az ad's flags and output were renamed when it moved to Microsoft Graph:
 * https://learn.microsoft.com/cli/azure/microsoft-graph-migration).
 */
const PYTHON_ARGPARSE = 'https://docs.python.org/3/library/argparse.html';
/** Python's socket.gaierror: the address lookup failed. */
const PYTHON_SOCKET = 'https://docs.python.org/3/library/socket.html';
/** .NET's TypeLoadException and FileLoadException messages: a type or an assembly the code was built against is missing or in another version at run time. */
const DOTNET_TYPE_LOAD_MESSAGE = 'https://learn.microsoft.com/dotnet/api/system.typeloadexception';
const DOTNET_FILE_LOAD_MESSAGE = 'https://learn.microsoft.com/dotnet/api/system.io.fileloadexception';
/** .NET's MissingMethodException, whose message reads "Method not found: '<signature>'": a method the code was built against is missing at run time. */
const DOTNET_MISSING_METHOD = 'https://learn.microsoft.com/dotnet/api/system.missingmethodexception';
/**
 * MSAL.js's own error table (its source is its reference): network_error "Network request failed",
 * endpoints_resolution_error "could not resolve endpoints", thrown when the sign-in library could
 * not reach Entra ID at all (a proxy, DNS or no network).
 */
const MSAL_JS_CLIENT_AUTH_ERRORS = 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientAuthError.ts';
/** C#'s compiler error CS1061: a member the code calls does not exist on the type (an SDK's API changed between major versions). */
const CSHARP_CS1061 = 'https://learn.microsoft.com/dotnet/csharp/misc/cs1061';
/**
 * Python's own exceptions for code that does not fit the library it calls: TypeError for a keyword
 * argument the function does not take, AttributeError for an attribute the object does not have,
 * ModuleNotFoundError and ImportError for a package or name that is not there (code written for
 * another major version of an SDK, which renamed its client's parameters).
 */
const PYTHON_EXCEPTIONS = 'https://docs.python.org/3/library/exceptions.html';
/** Go's run-time panic for a nil pointer: the program crashed before or after the call, whatever Graph answered. */
const GO_RUNTIME_PANICS = 'https://go.dev/ref/spec#Run_time_panics';
/** Node.js: a module the code requires is not installed or not deployed (MODULE_NOT_FOUND, ERR_MODULE_NOT_FOUND). */
const NODE_MODULE_NOT_FOUND = 'https://nodejs.org/api/errors.html#module_not_found';
/** PowerShell's strict mode: a property the object does not have stops the script (PropertyNotFoundStrict). */
const POWERSHELL_STRICT_MODE = 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/set-strictmode';
/** PowerShell's CommandNotFoundException: no cmdlet, function or script of that name in the session. */
const POWERSHELL_COMMAND_NOT_FOUND = 'https://learn.microsoft.com/dotnet/api/system.management.automation.commandnotfoundexception';
/** Azure API Management in front of an API: a call without a valid subscription key is refused by the gateway itself. */
const APIM_SUBSCRIPTIONS = 'https://learn.microsoft.com/azure/api-management/api-management-subscriptions';

export const TRANSPORT_ERRORS: readonly KnowledgeRow[] = [
  ...rows(DOTNET_WEB_EXCEPTION, [
    ['the remote name could not be resolved', 'not-authorization', 'strong', 'the host name did not resolve (DNS or proxy): the request never reached Graph'],
    ['unable to connect to the remote server', 'not-authorization', 'strong', 'no connection could be made (firewall, proxy or network): the request never reached Graph'],
    ['could not establish trust relationship for the ssl/tls secure channel', 'not-authorization', 'strong', 'the server certificate was not trusted (often a TLS-inspecting proxy): the request never reached Graph'],
  ]),
  ...rows(SMTP_AUTH_EXTENSION, [
    ['unrecognized authentication type', 'not-authorization', 'strong', 'the mail server offers no such sign-in mechanism on this connection (its EHLO lists AUTH only after STARTTLS, or SMTP AUTH is off): start TLS first and use a mechanism it lists; no permission or token changes that'],
  ]),
  ...rows(DOTNET_HTTPCLIENT_TIMEOUT, [
    ['configured httpclient.timeout', 'not-authorization', 'strong', 'the client gave up waiting (HttpClient.Timeout): the answer took too long, often a large request or a slow network path; ask for less per request (a shorter range, smaller pages) or raise the timeout. Nothing was refused'],
  ]),
  ...rows(DOTNET_HTTP_REQUEST_ERROR, [
    // The message HttpClient writes for SecureConnectionError, and the category names themselves.
    ['the ssl connection could not be established', 'not-authorization', 'strong', 'the TLS handshake failed (often a TLS-inspecting proxy or an old TLS setting): the request never reached Graph'],
    ['SecureConnectionError', 'not-authorization', 'strong', 'the TLS handshake failed: the request never reached Graph'],
    ['NameResolutionError', 'not-authorization', 'strong', 'the host name did not resolve (DNS or proxy): the request never reached Graph'],
    ['ProxyTunnelError', 'not-authorization', 'strong', 'the connection through the proxy could not be set up: the request never reached Graph'],
  ]),
  ...rows(WINSOCK_ERRORS, [
    ['no such host is known', 'not-authorization', 'strong', 'the host name did not resolve (DNS or proxy): the request never reached Graph'],
    ['actively refused it', 'not-authorization', 'strong', 'the connection was refused (a proxy or firewall, or the wrong host): the request never reached Graph'],
    ['connected party did not properly respond after a period of time', 'not-authorization', 'strong', 'the connection timed out (a proxy or firewall on the way): the request never reached Graph'],
    ['forcibly closed by the remote host', 'not-authorization', 'hint', 'the connection was cut by the other side or by something between'],
  ]),
  ...rows(NODE_SYSTEM_ERRORS, [
    ['ENOTFOUND', 'not-authorization', 'strong', 'the host name did not resolve (DNS or proxy): the request never reached Graph'],
    ['ECONNREFUSED', 'not-authorization', 'strong', 'the connection was refused (a proxy or firewall, or the wrong host): the request never reached Graph'],
    ['ECONNRESET', 'not-authorization', 'hint', 'the connection was cut by the other side or by something between'],
    ['ETIMEDOUT', 'not-authorization', 'hint', 'the connection timed out'],
  ]),
  ...rows(NODE_TLS_ERRORS, [
    ['unable to get local issuer certificate', 'not-authorization', 'strong', 'the certificate chain is not trusted (often a TLS-inspecting proxy): the request never reached Graph'],
    ['self-signed certificate in certificate chain', 'not-authorization', 'strong', 'a self-signed certificate in the chain (often a TLS-inspecting proxy): the request never reached Graph'],
    ['self signed certificate in certificate chain', 'not-authorization', 'strong', 'a self-signed certificate in the chain (often a TLS-inspecting proxy): the request never reached Graph'],
  ]),
  ...rows(GO_X509, [
    ['certificate signed by unknown authority', 'not-authorization', 'strong', 'the certificate chain is not trusted (often a TLS-inspecting proxy or firewall whose root the host lacks): the request never reached Graph'],
  ]),
  ...rows(JAVA_CERT_PATH, [
    ['pkix path building failed', 'not-authorization', 'strong', 'the JVM found no trusted root for the server certificate (often a TLS-inspecting proxy whose root is missing from the Java trust store): the request never reached Entra ID or Graph'],
    ['unable to find valid certification path', 'not-authorization', 'strong', 'the JVM found no trusted root for the server certificate (often a TLS-inspecting proxy whose root is missing from the Java trust store): the request never reached Entra ID or Graph'],
  ]),
  ...rows(CURL_ERRORS, [
    ['connect tunnel failed', 'not-authorization', 'strong', 'the proxy on the way refused to open the tunnel to Graph (its 403 is the proxy\'s own): the request never reached Graph; have the proxy allow graph.microsoft.com'],
    ['from proxy after connect', 'not-authorization', 'strong', 'the proxy on the way refused to open the tunnel to Graph (its 403 is the proxy\'s own): the request never reached Graph; have the proxy allow graph.microsoft.com'],
  ]),
  ...rows(SQUID_DENY_INFO, [
    ['x-squid-error', 'not-authorization', 'strong', 'the answer is a Squid proxy\'s own error page (X-Squid-Error): the proxy refused or failed the request under its rules, and Graph never saw it'],
  ]),
  ...rows(PYTHON_REQUESTS_EXCEPTIONS, [
    ['ProxyError', 'not-authorization', 'strong', 'the proxy on the way refused or could not make the connection (requests.exceptions.ProxyError; its "403 Forbidden" is the proxy\'s): the request never reached Graph'],
    ['cannot connect to proxy', 'not-authorization', 'strong', 'the proxy on the way could not be reached: the request never reached Graph'],
  ]),
  // Connect-MgGraph -AccessToken takes a SecureString since Graph PowerShell v2: a plain string is refused before any call.
  ...rows(PYTHON_ARGPARSE, [
    ['error: unrecognized arguments', 'not-authorization', 'strong', 'the command line has arguments the tool does not know (often ones renamed in a newer version, as az ad\'s were when it moved to Microsoft Graph), so the command never ran and no call was refused'],
    ['expected one argument', 'not-authorization', 'strong', 'an argument was given no value (often an empty variable from an earlier step whose output changed), so the command never ran and no call was refused'],
  ]),
  ...rows(POWERSHELL_PARAMETER_BINDING, [
    ['ParameterBindingException', 'not-authorization', 'strong', 'PowerShell could not bind an argument to the command\'s parameter, so the command never ran and no call reached Graph: pass the value in the type the parameter takes'],
    ['cannot bind parameter', 'not-authorization', 'strong', 'PowerShell could not bind an argument to the command\'s parameter (a value of the wrong type), so the command never ran and no call reached Graph'],
    ['a parameter cannot be found that matches parameter name', 'not-authorization', 'strong', 'the command has no parameter of that name (often one renamed or removed in another module version), so it never ran and no call reached Graph'],
  ]),
  // The script's own code and modules, not Graph: a module built against another version of the
  // library it loads reads a property that is not there, or a command is missing from the session.
  ...rows(POWERSHELL_STRICT_MODE, [
    ['cannot be found on this object', 'not-authorization', 'strong', 'PowerShell stopped on a property the object does not have (often a module paired with another version of a library it loads): the script failed before the call'],
  ]),
  ...rows(POWERSHELL_COMMAND_NOT_FOUND, [
    ['is not recognized as the name of a cmdlet', 'not-authorization', 'strong', 'the command does not exist in this session: its module is not installed or imported, or another version renamed it; nothing reached Graph'],
  ]),
  // The gateway's own refusal, made before any token is looked at: it decides the answer whatever the token's claims say.
  ...rows(APIM_SUBSCRIPTIONS, [
    ['access denied due to missing subscription key', 'not-authorization', 'decisive', 'Azure API Management in front of the API refused the call for want of its own subscription key (Ocp-Apim-Subscription-Key): the gateway answered, not Graph'],
    ['access denied due to invalid subscription key', 'not-authorization', 'decisive', 'Azure API Management in front of the API refused the subscription key the call sent: the gateway answered, not Graph'],
  ]),
  ...rows(PYTHON_SSL, [
    ['certificate_verify_failed', 'not-authorization', 'strong', 'the certificate chain could not be verified (often a TLS-inspecting proxy): the request never reached Graph'],
  ]),
  ...rows(DOTNET_HTTP_STATUS, [
    ['proxy authentication required', 'not-authorization', 'strong', 'the proxy on the way wants credentials of its own (HTTP 407): the request never reached Graph; configure the proxy for the client'],
    // The 407's own header and the words proxies title its page with ("Proxy Authorization Required").
    ['proxy-authenticate', 'not-authorization', 'strong', 'the answer carries a proxy\'s challenge (Proxy-Authenticate, HTTP 407): the proxy on the way wants credentials of its own, and the request never reached Graph; configure the proxy\'s credentials for the client'],
    // A client's own report of the tunnel refused with that status (OkHttp: "Unexpected response code for CONNECT: 407").
    ['for connect: 407', 'not-authorization', 'strong', 'the proxy on the way refused to open the tunnel without credentials of its own (HTTP 407 to CONNECT): the request never reached Graph; give the HTTP client the proxy\'s credentials'],
    ['proxy authorization required', 'not-authorization', 'strong', 'the proxy on the way wants credentials of its own (HTTP 407): the request never reached Graph; configure the proxy for the client'],
  ]),
  // The local file system, not Graph: "Access to the path 'C:\…' is denied.", "PermissionError: [Errno 13]", EACCES.
  // Decisive: the operating system answered, so no directory role or Graph permission of the user's changes it.
  ...rows(DOTNET_UNAUTHORIZED_ACCESS, [
    ['access to the path', 'not-authorization', 'decisive', 'the operating system refused a file or folder on this machine: a local path the program may not write, not a Graph resource'],
  ]),
  ...rows(PYTHON_PERMISSION_ERROR, [
    ['[errno 13] permission denied', 'not-authorization', 'decisive', 'the operating system refused a local file or folder: a path the process may not write, not a Graph resource'],
  ]),
  ...rows(NODE_SYSTEM_ERRORS, [
    ['EACCES', 'not-authorization', 'decisive', 'the operating system refused a local file, folder or port: not a Graph resource'],
  ]),
  ...rows(ONEDRIVE_CORS, [
    ['blocked by cors policy', 'not-authorization', 'strong', 'the browser withheld the response (cross-origin rules): Graph answered, the page may not read it; a file download redirects to a URL to fetch without the Graph token'],
  ]),
  // The program's own code and packages, not Graph: code written for another major version of the
  // SDK (Microsoft Graph .NET v5 dropped .Request()), or a package missing where the code runs.
  ...rows(DOTNET_TYPE_LOAD_MESSAGE, [
    ['could not load type', 'not-authorization', 'strong', 'a type the code was built against could not be loaded: mismatched library versions (say, a module update that needs another runtime), not permissions'],
  ]),
  ...rows(DOTNET_FILE_LOAD_MESSAGE, [
    ['could not load file or assembly', 'not-authorization', 'strong', 'an assembly could not be loaded (missing, or another version than the one built against): not permissions'],
  ]),
  ...rows(DOTNET_MISSING_METHOD, [
    ["method not found: '", 'not-authorization', 'strong', 'a method the code was built against is missing at run time: mismatched library versions (often two modules loading different versions of one assembly), not permissions'],
  ]),
  ...rows(MSAL_JS_CLIENT_AUTH_ERRORS, [
    ['network request failed', 'not-authorization', 'strong', 'the sign-in library could not reach Entra ID at all (proxy, DNS or no network): no token was asked for, so no permission or consent was judged'],
    ['could not resolve endpoints', 'not-authorization', 'strong', 'the sign-in library could not reach the authority to read its endpoints (proxy, DNS or network): no permission or consent was judged'],
  ]),
  ...rows(CSHARP_CS1061, [
    ['does not contain a definition for', 'not-authorization', 'strong', 'the code does not compile: it calls a member the type does not have (code written for another version of the SDK); nothing reached Graph'],
  ]),
  ...rows(NODE_MODULE_NOT_FOUND, [
    ['cannot find module', 'not-authorization', 'strong', 'a package the code requires is not installed or not deployed with it: the call never ran'],
    ['err_module_not_found', 'not-authorization', 'strong', 'a package the code imports is not installed or not deployed with it: the call never ran'],
  ]),
  ...rows(PYTHON_EXCEPTIONS, [
    ['got an unexpected keyword argument', 'not-authorization', 'strong', 'the code calls a function with a parameter it does not take (often code written for another version of the SDK): the call never ran'],
    ['object has no attribute', 'not-authorization', 'strong', 'the code uses an attribute the object does not have (often code written for another version of the SDK): the call never ran'],
    ['no module named', 'not-authorization', 'strong', 'a package the code imports is not installed where it runs: the call never ran'],
    ['cannot import name', 'not-authorization', 'strong', 'the code imports a name the installed package does not have (another version of it): the call never ran'],
  ]),
  ...rows(GO_RUNTIME_PANICS, [
    ['invalid memory address or nil pointer dereference', 'not-authorization', 'strong', 'the program itself crashed on a nil pointer (a bug in the code or the SDK): not permissions'],
  ]),
  ...rows(PYTHON_SOCKET, [
    ['name or service not known', 'not-authorization', 'strong', 'the host name did not resolve (DNS or proxy): the request never reached Graph'],
    ['temporary failure in name resolution', 'not-authorization', 'strong', 'the host name did not resolve (DNS or proxy): the request never reached Graph'],
  ]),
];
