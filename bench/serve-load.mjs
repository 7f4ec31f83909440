// Load generator of bench/serve.ts, run in its own process so that it does not share the server's
// event loop: `node serve-load.mjs <url> <connections> <durationMs>` keeps <connections> keep-alive
// requests in flight for <durationMs> and prints { requests, errors, ms } as JSON.
import { Agent, request } from 'node:http';

const [url, connectionsArg, durationArg] = process.argv.slice(2);
const connections = Number(connectionsArg);
const duration = Number(durationArg);
const agent = new Agent({ keepAlive: true, maxSockets: connections });
const target = new URL(url);
let requests = 0;
let errors = 0;
const started = performance.now();
const deadline = started + duration;

function one() {
  return new Promise((resolve) => {
    const req = request(
      { agent, hostname: target.hostname, port: target.port, path: target.pathname + target.search },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) requests++;
          else errors++;
          resolve();
        });
      },
    );
    req.on('error', () => {
      errors++;
      resolve();
    });
    req.end();
  });
}

async function loop() {
  while (performance.now() < deadline) await one();
}
await Promise.all(Array.from({ length: connections }, loop));
console.log(JSON.stringify({ requests, errors, ms: performance.now() - started }));
agent.destroy();
