import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
const port = Number(process.argv[2]); const script = process.argv[3]; const env = JSON.parse(process.argv[4] || '{}');
const child = spawn('taskset', ['-c','0', process.execPath, script], { env: { ...process.env, PORT: String(port), HOST:'127.0.0.1', MicrosoftAppId:'', ...env }, stdio: 'ignore' });
for (let i=0;i<100;i++){ try { if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break; } catch {} await new Promise(r=>setTimeout(r,100)); }
const body=JSON.stringify({type:'message',id:'b',channelId:'msteams',serviceUrl:'https://smba.trafficmanager.net/emea/',from:{id:'29:u'},recipient:{id:'28:b'},conversation:{id:'a:c',conversationType:'personal'},deliveryMode:'expectReplies',text:'GET https://graph.microsoft.com/v1.0/users\nHTTP/1.1 403 Forbidden\n{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}\nThe app uses ClientSecretCredential. admin consent granted.'});
await autocannon({url:`http://127.0.0.1:${port}/api/messages`,method:'POST',headers:{'content-type':'application/json'},body,connections:10,duration:3});
const r = await autocannon({url:`http://127.0.0.1:${port}/api/messages`,method:'POST',headers:{'content-type':'application/json'},body,connections:10,duration:6});
console.log(script.split('/').pop(), JSON.stringify(env), Math.round(r.requests.average), 'p50', r.latency.p50);
child.kill();
