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
  VANGNET_MAIL_FROM: z.string().min(3).optional(),
  VANGNET_MAIL_REPLY_TO: z.string().min(3).optional(),
  VANGNET_SMS_URL: z.url().optional(),
  VANGNET_SMS_KEY: z.string().min(1).optional(),
  VANGNET_SMS_SENDER: z
    .string()
    .regex(/^[A-Za-z0-9 ]{1,11}$|^\+?\d{3,15}$/, 'at most 11 letters or digits, or a number')
    .default('Vangnet'),
  VANGNET_REMINDER_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 14)
    .default(24),
  VANGNET_MESSAGE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  VANGNET_MESSAGE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  VANGNET_MESSAGE_POLL_MS: z.coerce.number().int().min(50).default(5000),
  VANGNET_NOTIFY_REFERRALS: z.string().optional(),
  VANGNET_NOTIFY_REFERRER: flag.default(false),
  VANGNET_DEV_SIGNIN: flag.default(false),
  VANGNET_OIDC_ISSUER: z.url().optional(),
  VANGNET_OIDC_AUDIENCE: z.string().min(1).optional(),
  VANGNET_OIDC_JWKS_URL: z.url().optional(),
  VANGNET_OIDC_ROLES_CLAIM: z.string().min(1).default('roles'),
  VANGNET_OIDC_ROLE_MAP: z.string().optional(),
  VANGNET_OIDC_CLIENT_ID: z.string().min(1).optional(),
  VANGNET_OIDC_SCOPES: z.string().min(1).default('openid profile'),
  VANGNET_STAFF_PARTNER_KEY: z
    .string()
    .regex(/^pk_[A-Za-z0-9_]+$/, 'must be a partner key, pk_…')
    .optional(),
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
  /** What the server sends and how; see `docs/guides/server.md`, "Messages". */
  messages: MessageSettings;
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

/** The coordinators to tell of new referrals: `service` or `service/municipality` → addresses. */
export type ReferralNotifications = Readonly<Record<string, readonly string[]>>;

export interface MessageSettings {
  /** The `From` of every email (`Vangnet <no-reply@example.org>`). */
  from: string;
  replyTo: string | undefined;
  /** The SMS provider's JSON endpoint and key; absent: text messages stay in the outbox. */
  sms: { url: string; key: string; sender: string } | undefined;
  /** Hours before an appointment that the reminder goes out; 0: no reminders. */
  reminderHours: number;
  /** Attempts before a message is dead (a dead letter staff can see). */
  maxAttempts: number;
  /** Days a delivered message's body is kept. */
  retentionDays: number;
  /** How often the worker looks for due messages. */
  pollMs: number;
  notifyReferrals: ReferralNotifications;
  /** Email the referrer when a coordinator changes the referral's status; off by default. */
  notifyReferrer: boolean;
}

const addressList = z.array(z.email()).min(1);
const notifySchema = z.record(z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/), addressList);

function referralNotifications(json: string | undefined): ReferralNotifications {
  if (json === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ConfigError('VANGNET_NOTIFY_REFERRALS: not JSON');
  }
  const parsed = notifySchema.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(
      'VANGNET_NOTIFY_REFERRALS: expected {"service" or "service/municipality": ["address", …]}',
    );
  }
  return parsed.data;
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
  if ((settings.VANGNET_SMS_URL === undefined) !== (settings.VANGNET_SMS_KEY === undefined))
    throw new ConfigError('VANGNET_SMS_URL and VANGNET_SMS_KEY: set both, or neither');
  const mailDomain = publicUrl ? new URL(publicUrl).hostname : 'localhost';
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
    messages: {
      from: settings.VANGNET_MAIL_FROM ?? `Vangnet <no-reply@${mailDomain}>`,
      replyTo: settings.VANGNET_MAIL_REPLY_TO,
      sms:
        settings.VANGNET_SMS_URL && settings.VANGNET_SMS_KEY
          ? {
              url: settings.VANGNET_SMS_URL,
              key: settings.VANGNET_SMS_KEY,
              sender: settings.VANGNET_SMS_SENDER,
            }
          : undefined,
      reminderHours: settings.VANGNET_REMINDER_HOURS,
      maxAttempts: settings.VANGNET_MESSAGE_MAX_ATTEMPTS,
      retentionDays: settings.VANGNET_MESSAGE_RETENTION_DAYS,
      pollMs: settings.VANGNET_MESSAGE_POLL_MS,
      notifyReferrals: referralNotifications(settings.VANGNET_NOTIFY_REFERRALS),
      notifyReferrer: settings.VANGNET_NOTIFY_REFERRER,
    },
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
