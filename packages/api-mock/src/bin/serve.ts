/// <reference types="node" />
// `npm run mock`: the mock API on 127.0.0.1 for curl, the Node example and clients in any
// language. PORT (default 4010, 0 for any free port), MOCK_NOW (a fixed "now") and MOCK_SCENARIOS
// (`slow,full-calendar`) steer it.
import { createServer } from 'node:http';
import { createMockApi } from '../create-mock-api.ts';
import { controlHandlers } from '../handlers/control.ts';
import { demoPartnerKey } from '@vangnet/api-core';
import { createNodeListener } from '../node-adapter.ts';

const port = process.env['PORT'] === undefined ? 4010 : Number(process.env['PORT']);
const mock = createMockApi({
  ...(process.env['MOCK_NOW'] ? { now: process.env['MOCK_NOW'] } : {}),
  ...(process.env['MOCK_SCENARIOS'] ? { scenarios: process.env['MOCK_SCENARIOS'] } : {}),
});
const listener = createNodeListener([...controlHandlers(mock), ...mock.handlers]);

const server = createServer((request, response) => {
  void listener(request, response).then((handled) => {
    if (!handled)
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not a mock API path.\n');
  });
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`http://127.0.0.1:${actualPort}`);
  console.log(`Demo partner key: ${demoPartnerKey}`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
