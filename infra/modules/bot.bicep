// Azure Bot registered with the user-assigned managed identity, with the Microsoft Teams channel.
@description('Bot resource name (globally unique).')
param name string

param displayName string = 'Veiligheidsplanner'

@allowed([
  'F0'
  'S1'
])
param sku string = 'F0'

@description('Messaging endpoint, https://<host>/api/messages.')
param endpoint string

@description('Client id of the managed identity (the bot\'s Microsoft App ID).')
param msaAppId string

@description('Resource id of the managed identity.')
param msaAppMSIResourceId string

@description('Entra ID tenant of the managed identity.')
param msaAppTenantId string

param tags object = {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: msaAppId
    msaAppMSIResourceId: msaAppMSIResourceId
    msaAppTenantId: msaAppTenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

output id string = bot.id
output name string = bot.name
