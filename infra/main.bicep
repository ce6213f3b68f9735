// Veiligheidsplanner on Azure: managed identity, Cosmos DB (serverless), App Service (Node 20) and Azure Bot.
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
param logLevel string = 'info'

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

@description('Microsoft App ID of the bot (the managed identity\'s client id): BOT_ID in the Teams manifest.')
output botId string = identity.outputs.clientId

@description('Resource id of the Azure Bot.')
output botResourceId string = bot.outputs.id

@description('Host name of the web app: BOT_DOMAIN in the Teams manifest.')
output webAppHostName string = appService.outputs.hostName

@description('Cosmos DB endpoint (COSMOS_ENDPOINT).')
output cosmosEndpoint string = cosmos.outputs.endpoint
