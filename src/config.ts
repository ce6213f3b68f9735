import { z } from 'zod';

/**
 * All settings come from the environment and are checked here, once, at start.
 * A wrong value stops the start with one line naming the variable (see formatConfigError).
 */

const blankToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());

const environmentSchema = z
  .object({
    PORT: z.preprocess(
      blankToUndefined,
      z.coerce.number().int().min(0).max(65535).default(3978),
    ),
    STORE_KIND: z.preprocess(blankToUndefined, z.enum(['sqlite', 'cosmos']).default('sqlite')),
    SQLITE_PATH: z.preprocess(blankToUndefined, z.string().default('./data/veiligheidsplanner.db')),
    COSMOS_ENDPOINT: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    COSMOS_DATABASE: z.preprocess(blankToUndefined, z.string().default('veiligheidsplanner')),
    COSMOS_CONTAINER: z.preprocess(blankToUndefined, z.string().default('documents')),
    COSMOS_KEY: optionalText,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.preprocess(
      blankToUndefined,
      z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    ),
    MicrosoftAppTenantId: optionalText,
    /** Where the Bot Framework's token signing keys are published; absent: the public cloud's addresses. */
    BOT_OPENID_METADATA_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    LOG_LEVEL: z.preprocess(
      blankToUndefined,
      z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    ),
    /** `production` makes the bot refuse settings that are only fit for a developer's machine. */
    NODE_ENV: optionalText,
    /** Set: traces, requests and dependencies go to Application Insights (Azure Monitor OpenTelemetry). */
    APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
  })
  .superRefine((env, ctx) => {
    const need = (path: string, message: string): void => {
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (env.STORE_KIND === 'cosmos' && !env.COSMOS_ENDPOINT) {
      need('COSMOS_ENDPOINT', 'is required when STORE_KIND=cosmos (e.g. https://<account>.documents.azure.com:443/)');
    }
    if (env.MicrosoftAppId) {
      if (env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
        need('MicrosoftAppPassword', `is required when MicrosoftAppType=${env.MicrosoftAppType} (or use MicrosoftAppType=UserAssignedMSI)`);
      }
      if (env.MicrosoftAppType !== 'MultiTenant' && !env.MicrosoftAppTenantId) {
        need('MicrosoftAppTenantId', `is required when MicrosoftAppType=${env.MicrosoftAppType}`);
      }
    } else if (env.MicrosoftAppPassword) {
      need('MicrosoftAppId', 'is required when MicrosoftAppPassword is set');
    }
    if (env.NODE_ENV === 'production') {
      if (!env.MicrosoftAppId) {
        need('MicrosoftAppId', 'is required when NODE_ENV=production: without it anyone could post as any Teams user');
      }
      if (env.STORE_KIND !== 'cosmos') {
        need('STORE_KIND', 'must be cosmos when NODE_ENV=production: the embedded SQLite store is for one machine');
      }
    }
  });

/** Every environment variable the app itself reads (the infrastructure test checks them against infra/ and the README). */
export const ENVIRONMENT_VARIABLES: readonly string[] = Object.keys(environmentSchema.shape);

type Environment = z.infer<typeof environmentSchema>;

export type StoreConfig =
  | { readonly kind: 'sqlite'; readonly path: string }
  | {
      readonly kind: 'cosmos';
      readonly endpoint: string;
      readonly databaseId: string;
      readonly containerId: string;
      /** Absent: managed identity (DefaultAzureCredential). */
      readonly key?: string;
    };

export interface BotAuthConfig {
  /** Absent: local unauthenticated mode (no Bot Framework tokens checked or sent). */
  readonly appId?: string;
  readonly appPassword?: string;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  readonly tenantId?: string;
  /** One OpenID metadata address for every incoming token (tests, sovereign clouds). */
  readonly openIdMetadataUrl?: string;
}

export interface AppConfig {
  /** NODE_ENV=production: bot credentials and Cosmos DB are required (checked in loadConfig). */
  readonly production: boolean;
  readonly port: number;
  readonly store: StoreConfig;
  readonly bot: BotAuthConfig;
  readonly logLevel: Environment['LOG_LEVEL'];
  /** Absent: no telemetry leaves the process. */
  readonly appInsightsConnectionString?: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(formatConfigError(parsed.error));
  const e = parsed.data;
  const store: StoreConfig =
    e.STORE_KIND === 'cosmos'
      ? {
          kind: 'cosmos',
          endpoint: e.COSMOS_ENDPOINT ?? '',
          databaseId: e.COSMOS_DATABASE,
          containerId: e.COSMOS_CONTAINER,
          ...(e.COSMOS_KEY ? { key: e.COSMOS_KEY } : {}),
        }
      : { kind: 'sqlite', path: e.SQLITE_PATH };
  return {
    production: e.NODE_ENV === 'production',
    port: e.PORT,
    store,
    bot: {
      appType: e.MicrosoftAppType,
      ...(e.MicrosoftAppId ? { appId: e.MicrosoftAppId } : {}),
      ...(e.MicrosoftAppPassword ? { appPassword: e.MicrosoftAppPassword } : {}),
      ...(e.MicrosoftAppTenantId ? { tenantId: e.MicrosoftAppTenantId } : {}),
      ...(e.BOT_OPENID_METADATA_URL ? { openIdMetadataUrl: e.BOT_OPENID_METADATA_URL } : {}),
    },
    logLevel: e.LOG_LEVEL,
    ...(e.APPLICATIONINSIGHTS_CONNECTION_STRING ? { appInsightsConnectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING } : {}),
  };
}

/** One line: which variable, what is expected (Dutch, then English). */
function formatConfigError(error: z.ZodError): string {
  const issue = error.issues[0];
  const variable = issue?.path.join('.') || 'environment';
  const expected = issue?.message ?? 'invalid value';
  return `Configuratiefout / configuration error: ${variable} ${expected}`;
}
