// Veiligheidsplanner on Azure: managed identity, Cosmos DB (serverless, continuous backup), App Service (Node 24),
// Azure Bot, and Log Analytics with workspace-based Application Insights.
// Deploy into a resource group:
//   az deployment group create -g <resource-group> -f infra/main.bicep -p @infra/main.parameters.json
targetScope = 'resourceGroup'

@description('Short name used in every resource name: lowercase letters and digits.')
@minLength(3)
@maxLength(12)
param baseName string = 'vplanner'

@description('Azure region of the identity, Cosmos DB and App Service (the bot itself is global).')
param location string = 'westeurope'

@description('App Service plan SKU (Basic or higher: the scheduler needs Always On).')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Bot display name in the Azure portal.')
param botDisplayName string = 'Veiligheidsplanner'

@description('Value of LOG_LEVEL for the app.')
@allowed([
  'debug'
  'info'
  'warn'
  'error'
])
param logLevel string = 'info'

@description('Days Log Analytics and Application Insights keep data.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

param tags object = {
  app: 'veiligheidsplanner'
}

var cosmosDatabase = 'veiligheidsplanner'
var cosmosContainer = 'documents'
var base = toLower(baseName)
var suffix = uniqueString(resourceGroup().id)

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${base}-${suffix}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${base}-${suffix}'
    appInsightsName: 'appi-${base}-${suffix}'
    location: location
    retentionInDays: logRetentionDays
    tags: tags
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    accountName: 'cosmos-${base}-${suffix}'
    location: location
    databaseName: cosmosDatabase
    containerName: cosmosContainer
    principalId: identity.outputs.principalId
    tags: tags
  }
}

module appService 'modules/appservice.bicep' = {
  name: 'appservice'
  params: {
    planName: 'plan-${base}-${suffix}'
    appName: 'app-${base}-${suffix}'
    location: location
    skuName: appServicePlanSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenant().tenantId
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabase: cosmos.outputs.databaseName
    cosmosContainer: cosmos.outputs.containerName
    logLevel: logLevel
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${base}-${suffix}'
    displayName: botDisplayName
    sku: botSku
    endpoint: 'https://${appService.outputs.hostName}/api/messages'
    msaAppId: identity.outputs.clientId
    msaAppMSIResourceId: identity.outputs.id
    msaAppTenantId: tenant().tenantId
    tags: tags
  }
}

// Output names are the environment variable names the Agents Toolkit writes them to (env/.env.<env>),
// and the placeholders of the Teams manifest (BOT_ID, BOT_DOMAIN).
@description('Microsoft App ID of the bot (the managed identity\'s client id): BOT_ID in the Teams manifest.')
output BOT_ID string = identity.outputs.clientId

@description('Host name of the web app: BOT_DOMAIN in the Teams manifest.')
output BOT_DOMAIN string = appService.outputs.hostName

@description('Resource id of the web app (where the Agents Toolkit deploys the code).')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = appService.outputs.id

@description('Name of the web app (az webapp deploy -n).')
output BOT_AZURE_APP_SERVICE_NAME string = appService.outputs.name

@description('Resource id of the Azure Bot.')
output AZURE_BOT_RESOURCE_ID string = bot.outputs.id

@description('Cosmos DB endpoint (COSMOS_ENDPOINT of the app).')
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
