import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';

/** The host's managed identity (AZURE_CLIENT_ID picks a user-assigned one), or a developer's Azure sign-in. */
export function managedIdentityCredential(): TokenCredential {
  return new DefaultAzureCredential();
}
