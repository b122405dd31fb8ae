import { resolve } from 'node:path';
import { z } from 'zod';
import { staffConfigFrom, type StaffConfig } from './staff/staff-config.ts';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .transform((value) => value === '1' || value === 'true');

const settingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4020),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.string().default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  VANGNET_DATA_DIR: z.string().min(1).default('.vangnet'),
  VANGNET_PUBLIC_URL: z.url().optional(),
  VANGNET_MANAGE_URL: z.url().optional(),
  VANGNET_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  VANGNET_DEV_SIGNIN: flag.default(false),
  VANGNET_OIDC_ISSUER: z.url().optional(),
  VANGNET_OIDC_AUDIENCE: z.string().min(1).optional(),
  VANGNET_OIDC_JWKS_URL: z.url().optional(),
  VANGNET_OIDC_ROLES_CLAIM: z.string().min(1).default('roles'),
  VANGNET_OIDC_ROLE_MAP: z.string().optional(),
  VANGNET_RETENTION_MONTHS: z
    .string()
    .regex(/^([a-z-]+=\d+)(,[a-z-]+=\d+)*$/, 'must look like pluscoaching=24,absenteeism=24')
    .optional(),
  VANGNET_RETENTION_INTERVAL_S: z.coerce
    .number()
    .int()
    .min(0)
    .default(6 * 3600),
  VANGNET_DEMO_DATA: flag.optional(),
  VANGNET_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  VANGNET_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  VANGNET_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  VANGNET_RATE_LIMIT_WRITES: z.coerce.number().int().min(0).default(120),
  VANGNET_RATE_LIMIT_TOKENS: z.coerce.number().int().min(0).default(300),
  VANGNET_RATE_LIMIT_WINDOW_S: z.coerce.number().int().min(1).default(60),
});

/** The server's settings, read once at start from the environment and checked. */
export interface ServerConfig {
  port: number;
  host: string;
  production: boolean;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  /** The address people reach the server at, for links (the workspace, the manage page). */
  publicUrl: string | undefined;
  /** The page of the manage link in confirmations. */
  manageUrl: string;
  smtpUrl: string | undefined;
  devSignIn: boolean;
  /** The staff API's sign-in and the retention of personal data (see `staff/staff-config.ts`). */
  staff: StaffConfig;
  /** Loads the demo region into an empty database. */
  demoData: boolean;
  logLevel: z.infer<typeof settingsSchema>['VANGNET_LOG_LEVEL'];
  poolSize: number;
  statementTimeoutMs: number;
  limits: { writes: number; tokens: number; windowMs: number };
}

/** A setting that stops the start, with the one line that says which and why. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from `env`. A wrong value throws a {@link ConfigError} naming the
 * setting; nothing of the value itself is repeated (it may be a password in a URL).
 */
export function readConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd = process.cwd(),
): ServerConfig {
  const present = Object.fromEntries(
    Object.keys(settingsSchema.shape)
      .filter((name) => env[name] !== undefined && env[name] !== '')
      .map((name) => [name, env[name]]),
  );
  const parsed = settingsSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'configuration');
    throw new ConfigError(`${name}: ${issue?.message ?? 'not valid'}`);
  }
  const settings = parsed.data;
  const production = settings.NODE_ENV === 'production';
  if (production && settings.VANGNET_DEV_SIGNIN) {
    throw new ConfigError(
      'VANGNET_DEV_SIGNIN: the development sign-in is never allowed with NODE_ENV=production',
    );
  }
  const publicUrl = settings.VANGNET_PUBLIC_URL?.replace(/\/$/, '');
  return {
    port: settings.PORT,
    host: settings.HOST,
    production,
    database: settings.DATABASE_URL
      ? { kind: 'postgres', url: settings.DATABASE_URL }
      : { kind: 'pglite', dataDir: resolve(cwd, settings.VANGNET_DATA_DIR) },
    publicUrl,
    manageUrl:
      settings.VANGNET_MANAGE_URL ??
      `${publicUrl ?? `http://${settings.HOST}:${settings.PORT}`}/examples/jongerenpunt.html`,
    smtpUrl: settings.VANGNET_SMTP_URL,
    devSignIn: settings.VANGNET_DEV_SIGNIN,
    staff: staffConfigFrom(settings),
    demoData: settings.VANGNET_DEMO_DATA ?? !production,
    logLevel: settings.VANGNET_LOG_LEVEL,
    poolSize: settings.VANGNET_DB_POOL_SIZE,
    statementTimeoutMs: settings.VANGNET_DB_STATEMENT_TIMEOUT_MS,
    limits: {
      writes: settings.VANGNET_RATE_LIMIT_WRITES,
      tokens: settings.VANGNET_RATE_LIMIT_TOKENS,
      windowMs: settings.VANGNET_RATE_LIMIT_WINDOW_S * 1000,
    },
  };
}
