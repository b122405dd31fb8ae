// `npm start`: serves examples/ with the API mock on the same origin and prints the index's URL.
import { serve } from './serve.mjs';
import { freePort } from './free-port.mjs';

// A fixed port keeps bookmarks working; when it is taken, any free one will do.
const preferred = Number(process.env.PORT) || 8765;
const port = await new Promise((resolve) => {
  import('node:net').then(({ createServer }) => {
    const probe = createServer();
    probe.once('error', () => freePort().then(resolve));
    probe.listen(preferred, '127.0.0.1', () => probe.close(() => resolve(preferred)));
  });
});
const { url } = await serve({ port });
console.log(`Vangnet examples (demo data, mock API on the same origin): ${url}/examples/`);
