import { ConfigurationServiceClientCredentialFactory, type TurnContext } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { BotAuthConfig } from '../../config';

/**
 * The Bot Framework adapter. Without an app id it runs in local unauthenticated mode:
 * no tokens are checked on incoming requests or sent with replies (Agents Playground, tests).
 */
export function createTeamsAdapter(auth: BotAuthConfig, onTurnError: (context: TurnContext, error: Error) => Promise<void>): TeamsAdapter {
  const settings = {
    MicrosoftAppId: auth.appId ?? '',
    MicrosoftAppPassword: auth.appPassword ?? '',
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId ?? '',
    // botbuilder checks the token's claims against the same keys the token gate fetched.
    ...(auth.openIdMetadataUrl
      ? { ToBotFromChannelOpenIdMetadataUrl: auth.openIdMetadataUrl, ToBotFromEmulatorOpenIdMetadataUrl: auth.openIdMetadataUrl }
      : {}),
  };
  const adapter = new TeamsAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
  adapter.onTurnError = onTurnError;
  return adapter;
}
