/**
 * Endpoints Microsoft has retired, by the address a request goes to. A retired endpoint refuses every
 * caller, whatever it was granted: the fix is its replacement, not a permission. A row is the
 * address, the replacement and the page that says so.
 */
export interface RetiredEndpoint {
  readonly name: string;
  /** Lower-cased; matched against the request's URL. */
  readonly address: RegExp;
  readonly replacement: string;
  readonly source: string;
}

export const RETIRED_ENDPOINTS: readonly RetiredEndpoint[] = [
  {
    // https://manage.office.com/api/v1.0/{tenant}/ServiceComms/{operation}: the legacy Service Communications API.
    name: 'the Office 365 Service Communications API (manage.office.com …/ServiceComms)',
    address: /manage\.office\.com\/api\/v1\.0\/[^/\s]+\/servicecomms\b/,
    replacement: 'the service health and communications API in Microsoft Graph (/admin/serviceAnnouncement, permission ServiceHealth.Read.All or ServiceMessage.Read.All)',
    source: 'https://learn.microsoft.com/office/office-365-management-api/office-365-service-communications-api-reference',
  },
];

/** The retired endpoint a request address goes to, if any. */
export function retiredEndpointOf(url: string): RetiredEndpoint | undefined {
  const lower = url.toLowerCase();
  return RETIRED_ENDPOINTS.find((r) => r.address.test(lower));
}
