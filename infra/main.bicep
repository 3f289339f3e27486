// Graph Auth Doctor on Azure: one container app behind an Azure Bot with the Teams channel.
// Deployed by `azd up` (azure.yaml, main.parameters.json) or by the Agents Toolkit's provision
// (m365agents.yml, toolkit.parameters.json). Not deployed from this repository's CI: it has no
// Azure subscription; the test in test/infra keeps this file in step with src/host/config.ts.
//
// What it creates:
//   - a user-assigned managed identity: pulls the image, and is the bot's identity when botAuth is
//     UserAssignedMSI (no secret anywhere);
//   - Log Analytics + a Container Apps environment (the bot logs one JSON line per turn);
//   - a container registry (azd pushes the image there);
//   - the container app: /healthz probes, HTTP concurrency scale rule, minimum replicas, the client
//     secret (SingleTenant) as a Container Apps secret;
//   - the Azure Bot with the Microsoft Teams channel (modules/azure-bot.bicep).
// Sources: https://learn.microsoft.com/en-us/azure/templates/microsoft.app/2024-03-01/containerapps
//          https://learn.microsoft.com/azure/container-apps/health-probes
//          https://learn.microsoft.com/en-US/Azure/container-apps/scale-app
//          https://learn.microsoft.com/en-us/Azure/container-apps/manage-secrets

@minLength(2)
@maxLength(20)
@description('Names every resource (azd: the environment name; Toolkit: the env file\'s RESOURCE_BASE_NAME).')
param environmentName string

param location string = resourceGroup().location

@allowed(['UserAssignedMSI', 'SingleTenant'])
@description('How the bot authenticates to Bot Framework: the managed identity created here, or an existing single-tenant Entra app with a client secret.')
param botAuth string = 'UserAssignedMSI'

@description('SingleTenant only: the Entra app (client) id of the bot.')
param botAppId string = ''

@secure()
@description('SingleTenant only: the Entra app\'s client secret. Stored as a Container Apps secret, never as a plain setting.')
param botAppPassword string = ''

@description('Tenant of the bot\'s identity.')
param botTenantId string = tenant().tenantId

@description('The image to run. Empty on the first provision (the registry does not exist yet): a placeholder runs until `azd deploy` pushes the bot.')
param containerImage string = ''

@minValue(1)
@description('Replicas kept warm: a cold start would cost the first Teams message its answer time.')
param minReplicas int = 1

param maxReplicas int = 5

@description('Concurrent requests per replica before another is added (the bench serves ~2,000 turns/s per core at 10 connections, so 50 leaves headroom for slow pastes).')
param concurrentRequests int = 50

@allowed(['error', 'warn', 'info', 'debug'])
param logLevel string = 'info'

@description('Largest accepted request body in bytes (MAX_BODY_BYTES).')
param maxBodyBytes int = 262144

@description('Turns served at once by one replica before it answers 503 (MAX_TURNS_IN_FLIGHT); keep it above concurrentRequests so the scale rule adds replicas before one saturates.')
param maxTurnsInFlight int = 64

@description('Deadline in milliseconds for each reply to the channel, token acquisition included (OUTBOUND_TIMEOUT_MS).')
param outboundTimeoutMs int = 15000

var port = 3978
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
// A public sample image until the first deploy; it does not answer /healthz, so that first revision
// reports unhealthy until `azd deploy` replaces it.
var image = empty(containerImage) ? 'mcr.microsoft.com/azuredocs/containerapps-helloworld:latest' : containerImage
var singleTenant = botAuth == 'SingleTenant'
var appId = singleTenant ? botAppId : identity.properties.clientId

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${environmentName}-${resourceToken}'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: 'log-${environmentName}-${resourceToken}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource containerEnvironment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: 'cae-${environmentName}-${resourceToken}'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'cr${resourceToken}'
  location: location
  sku: { name: 'Basic' }
  properties: { adminUserEnabled: false }
}

// AcrPull for the identity, so no registry password exists.
resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: registry
  name: guid(registry.id, identity.id, 'AcrPull')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Every variable src/host/config.ts reads that a deployment sets (test/infra/bicep.test.ts checks
// both directions). The secret only ever travels as a secretRef.
var appSettings = concat([
  { name: 'PORT', value: string(port) }
  // Listen on all interfaces: the Container Apps ingress reaches the container from outside it.
  { name: 'HOST', value: '0.0.0.0' }
  { name: 'LOG_LEVEL', value: logLevel }
  { name: 'MAX_BODY_BYTES', value: string(maxBodyBytes) }
  { name: 'MAX_TURNS_IN_FLIGHT', value: string(maxTurnsInFlight) }
  { name: 'OUTBOUND_TIMEOUT_MS', value: string(outboundTimeoutMs) }
  { name: 'MicrosoftAppId', value: appId }
  { name: 'MicrosoftAppType', value: botAuth }
  { name: 'MicrosoftAppTenantId', value: botTenantId }
], singleTenant ? [
  { name: 'MicrosoftAppPassword', secretRef: 'microsoft-app-password' }
] : [])

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: 'ca-${environmentName}-${resourceToken}'
  location: location
  // azd finds the app to deploy the `bot` service of azure.yaml by this tag.
  tags: { 'azd-service-name': 'bot' }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  dependsOn: [acrPull]
  properties: {
    managedEnvironmentId: containerEnvironment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: [
        { server: registry.properties.loginServer, identity: identity.id }
      ]
      secrets: singleTenant ? [
        { name: 'microsoft-app-password', value: botAppPassword }
      ] : []
    }
    template: {
      containers: [
        {
          name: 'bot'
          image: image
          env: appSettings
          resources: { cpu: json('0.5'), memory: '1Gi' }
          probes: [
            // Liveness restarts a replica that stopped answering. /healthz answers 503 while the bot
            // drains after SIGTERM (up to 10 s): 3 failures 10 s apart leave the drain time to finish.
            {
              type: 'Liveness'
              httpGet: { path: '/healthz', port: port }
              initialDelaySeconds: 5
              periodSeconds: 10
              failureThreshold: 3
            }
            // Readiness takes a draining replica out of the load balancer at its first 503.
            {
              type: 'Readiness'
              httpGet: { path: '/healthz', port: port }
              initialDelaySeconds: 2
              periodSeconds: 5
              failureThreshold: 1
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http-concurrency'
            http: { metadata: { concurrentRequests: string(concurrentRequests) } }
          }
        ]
      }
    }
  }
}

module bot 'modules/azure-bot.bicep' = {
  name: 'azure-bot'
  params: {
    name: 'bot-${environmentName}-${resourceToken}'
    messagingEndpoint: 'https://${app.properties.configuration.ingress.fqdn}/api/messages'
    appType: botAuth
    appId: appId
    tenantId: botTenantId
    msiResourceId: singleTenant ? '' : identity.id
  }
}

// azd and the Toolkit write these into their environment files (no secret among them).
output AZURE_CONTAINER_REGISTRY_ENDPOINT string = registry.properties.loginServer
output BOT_ID string = appId
output BOT_TENANT_ID string = botTenantId
output BOT_DOMAIN string = app.properties.configuration.ingress.fqdn
output BOT_ENDPOINT string = 'https://${app.properties.configuration.ingress.fqdn}'
