/** What the staff API needs of a provider's discovery document (OpenID Connect Discovery 1.0). */
export interface ProviderMetadata {
  issuer: string;
  jwksUri: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
}

const field = (document: Record<string, unknown>, name: string): string => {
  const value = document[name];
  if (typeof value !== 'string' || !/^https?:\/\//.test(value))
    throw new Error(`The OpenID Connect discovery document has no ${name}.`);
  return value;
};

/**
 * The provider's discovery document, fetched on first use and kept for the life of the process
 * (a provider moves its endpoints with a new issuer, not under the same one). A failed fetch is
 * not kept: the next call tries again.
 */
export function providerDiscovery(
  issuer: string,
  fetchImpl: typeof fetch = fetch,
): () => Promise<ProviderMetadata> {
  let known: Promise<ProviderMetadata> | undefined;
  const load = async (): Promise<ProviderMetadata> => {
    const answer = await fetchImpl(
      `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
      { headers: { Accept: 'application/json' } },
    );
    if (!answer.ok) throw new Error(`The OpenID Connect discovery answered ${answer.status}.`);
    const document = (await answer.json()) as Record<string, unknown>;
    return {
      issuer,
      jwksUri: field(document, 'jwks_uri'),
      authorizationEndpoint: field(document, 'authorization_endpoint'),
      tokenEndpoint: field(document, 'token_endpoint'),
    };
  };
  return () =>
    (known ??= load().catch((error: unknown) => {
      known = undefined;
      throw error;
    }));
}
