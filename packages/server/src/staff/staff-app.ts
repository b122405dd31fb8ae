import {
  json,
  parseOrProblem,
  ProblemError,
  problemResponse,
  toAmsterdamIso,
} from '@vangnet/api-core';
import {
  DevSignInInputSchema,
  DevSignInResultSchema,
  DevUserListSchema,
  RetentionResultSchema,
  StaffMeSchema,
  StaffSignInSchema,
  type StaffOidcSignIn,
} from '@vangnet/sdk';
import { Hono } from 'hono';
import { agendaRoutes } from './agenda.ts';
import { appointmentChangeRoutes } from './appointment-changes.ts';
import { authenticate, oidcIssuer, type TrustedIssuer } from './auth.ts';
import { jsonBody, type StaffDeps, type StaffEnv } from './context.ts';
import {
  createDevSignIn,
  demoStaff,
  devAudience,
  devTokenSeconds,
  type DevSignIn,
} from './dev-signin.ts';
import { providerDiscovery, type ProviderMetadata } from './discovery.ts';
import { monitoringRoutes } from './monitoring.ts';
import { outboxRoutes } from './outbox.ts';
import { referralRoutes } from './referrals.ts';
import { runRetention } from './retention.ts';
import { requireRole } from './scope.ts';

/** The issuer of the development sign-in's tokens. */
export const devIssuer = 'urn:vangnet:dev-signin';

export interface StaffOptions extends StaffDeps {
  /** Turns on `POST /v1/staff/dev-signin` and trusts its tokens (never in production). */
  devSignIn: boolean;
  /** The partner key the workspace reads the catalog and organisations with (decision 0252). */
  partnerKey?: string | undefined;
  /** The provider's discovery document; by default fetched from the configured issuer. */
  discover?: () => Promise<ProviderMetadata>;
  /** Issuers trusted besides the configured provider's (tests). */
  extraIssuers?: readonly TrustedIssuer[];
  onError?: (error: unknown) => void;
}

export interface Staff {
  /** The staff API, to mount at `/v1/staff`. */
  readonly app: Hono<StaffEnv>;
  /** The development sign-in, when on. */
  readonly dev: DevSignIn | undefined;
  /** Runs the retention job once; resolves with how many referrals lost their personal data. */
  runRetention(): Promise<number>;
}

/**
 * The staff API: every route but the development sign-in needs a staff access token. Routes
 * check the role, the SQL checks the scope; a problem never says more than its type.
 */
export async function createStaff(options: StaffOptions): Promise<Staff> {
  const { db, clock, config } = options;
  const dev = options.devSignIn
    ? await createDevSignIn(devIssuer, config.oidc?.audience ?? devAudience)
    : undefined;
  const discover =
    options.discover ?? (config.oidc ? providerDiscovery(config.oidc.issuer) : undefined);
  const issuers: TrustedIssuer[] = [
    ...(config.oidc && discover ? [oidcIssuer(config.oidc, discover)] : []),
    ...(dev ? [dev.issuer] : []),
    ...(options.extraIssuers ?? []),
  ];
  const retention = () => runRetention(db, config.retentionMonths, clock.now());
  const app = new Hono<StaffEnv>();

  app.onError((error) => {
    if (error instanceof ProblemError) return problemResponse(error.problemType, error.options);
    options.onError?.(error);
    return problemResponse('server-error');
  });

  // How to sign in, before any token: the workspace asks this first.
  app.get('/signin', async () => {
    const oidc = config.oidc;
    let provider: StaffOidcSignIn | undefined;
    if (oidc?.clientId !== undefined && discover) {
      let metadata: ProviderMetadata;
      try {
        metadata = await discover();
      } catch (error) {
        options.onError?.(error);
        throw new ProblemError('unavailable', {
          detail: 'The sign-in provider cannot be reached.',
        });
      }
      provider = {
        issuer: oidc.issuer,
        authorizationEndpoint: metadata.authorizationEndpoint,
        tokenEndpoint: metadata.tokenEndpoint,
        clientId: oidc.clientId,
        scopes: [...oidc.scopes],
      };
    }
    return json(
      StaffSignInSchema,
      {
        ...(provider ? { oidc: provider } : {}),
        devSignIn: dev !== undefined,
        ...(options.partnerKey ? { partnerKey: options.partnerKey } : {}),
      },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  });

  if (dev) {
    app.get('/dev-signin', () => json(DevUserListSchema, { users: [...demoStaff] }));
    app.get('/dev-signin/jwks.json', (c) => c.json(dev.jwks));
    app.post('/dev-signin', async (c) => {
      const { user: id } = parseOrProblem(DevSignInInputSchema, await jsonBody(c));
      const user = demoStaff.find((candidate) => candidate.id === id);
      if (!user)
        throw new ProblemError('not-found', { detail: 'There is no demo user with this id.' });
      return json(
        DevSignInResultSchema,
        {
          accessToken: await dev.signIn(user, clock.now()),
          tokenType: 'Bearer',
          expiresIn: devTokenSeconds,
          user,
        },
        { headers: { 'Cache-Control': 'no-store' } },
      );
    });
  }

  app.use('*', async (c, next) => {
    c.set('principal', await authenticate(c.req.raw, issuers, () => clock.now()));
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/me', (c) => {
    const { subject, name, grants } = c.get('principal');
    return json(StaffMeSchema, { subject, ...(name ? { name } : {}), grants: [...grants] });
  });
  app.route('/', referralRoutes(options));
  app.route('/', agendaRoutes(options));
  app.route('/', appointmentChangeRoutes(options));
  app.route('/', monitoringRoutes(options));
  app.route('/', outboxRoutes(options, { showContent: options.devSignIn }));
  app.post('/retention/run', async (c) => {
    requireRole(c.get('principal'), 'admin');
    const erased = await retention();
    return json(RetentionResultSchema, { erased, ranAt: toAmsterdamIso(clock.now()) });
  });
  // Nothing under /v1/staff/ falls through to the public API.
  app.all('*', () => problemResponse('not-found'));

  return { app, dev, runRetention: retention };
}
