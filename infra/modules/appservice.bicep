// Linux App Service plan and Node 24 web app running the bot with its managed identity.
// App Service builds the app once per deployment (npm install, npm run build); the container only
// starts the built output.
@description('App Service plan name.')
param planName string

@description('Web app name (also the first label of <name>.azurewebsites.net).')
param appName string

@description('Azure region.')
param location string

@description('Plan SKU. Always On (needed by the scheduler) is not available on Free or Shared.')
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
param skuName string = 'B1'

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Entra ID tenant of the identity.')
param tenantId string

param cosmosEndpoint string
param cosmosDatabase string
param cosmosContainer string
param logLevel string = 'info'

@description('Application Insights connection string (APPLICATIONINSIGHTS_CONNECTION_STRING).')
param appInsightsConnectionString string

@description('Log Analytics workspace that receives the console and HTTP logs of the app.')
param workspaceId string

param tags object = {}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // As npm start: the heap limit keeps memory near what is live (about 75 MB); without it V8 lets the heap grow to 400 MB under load.
      appCommandLine: 'node --max-old-space-size=192 dist/src/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        {
          name: 'PORT'
          value: '8080'
        }
        {
          name: 'WEBSITES_PORT'
          value: '8080'
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'true'
        }
        // Production mode: the app refuses to start without bot credentials or on the embedded store.
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        // NODE_ENV=production would make the deployment's npm install skip the TypeScript compiler.
        {
          name: 'NPM_CONFIG_INCLUDE'
          value: 'dev'
        }
        {
          name: 'STORE_KIND'
          value: 'cosmos'
        }
        {
          name: 'COSMOS_ENDPOINT'
          value: cosmosEndpoint
        }
        {
          name: 'COSMOS_DATABASE'
          value: cosmosDatabase
        }
        {
          name: 'COSMOS_CONTAINER'
          value: cosmosContainer
        }
        // No COSMOS_KEY: the app signs in to Cosmos DB with the managed identity below.
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        {
          name: 'MicrosoftAppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MicrosoftAppId'
          value: identityClientId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: tenantId
        }
        {
          name: 'LOG_LEVEL'
          value: logLevel
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
      ]
    }
  }
}

// Deployments sign in with Entra ID (az webapp deploy, Agents Toolkit), never with FTP or SCM passwords.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

// The app's JSON log lines (one per turn) and the HTTP log, searchable in Log Analytics.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: app
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

output hostName string = app.properties.defaultHostName
output name string = app.name
output id string = app.id
