/**
 * The yardstick for the HTTP benchmark: a bare botbuilder echo bot on the same stack (restify,
 * CloudAdapter without auth, the same body limit), doing nothing but echoing the text back.
 */
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions, type TurnContext } from 'botbuilder';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions));
const server = restify.createServer();
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
  await adapter.process(req, res, async (context: TurnContext) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  });
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  return next();
});
const port = Number(process.env.PORT ?? 3979);
server.listen(port, '127.0.0.1', () => process.stdout.write(`echo listening on ${port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
