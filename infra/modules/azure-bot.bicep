// The Azure Bot registration and its Microsoft Teams channel.
// New multi-tenant registrations are no longer possible, so the type is SingleTenant (an Entra app
// with a client secret) or UserAssignedMSI (the identity created in main.bicep).
// Sources: https://learn.microsoft.com/en-us/azure/templates/microsoft.botservice/botservices
//          https://learn.microsoft.com/en-us/azure/bot-service/abs-quickstart

param name string
param messagingEndpoint string

@allowed(['SingleTenant', 'UserAssignedMSI'])
param appType string

param appId string
param tenantId string

@description('UserAssignedMSI only: the resource id of the identity.')
param msiResourceId string = ''

@allowed(['F0', 'S1'])
param sku string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  // Azure Bot is a global resource.
  location: 'global'
  kind: 'azurebot'
  sku: { name: sku }
  properties: {
    displayName: 'Graph Auth Doctor'
    endpoint: messagingEndpoint
    msaAppId: appId
    msaAppType: appType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? msiResourceId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2021-03-01' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}
