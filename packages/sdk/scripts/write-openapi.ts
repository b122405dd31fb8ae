// Writes docs/openapi.json from the SDK's zod schemas: `npm run openapi`. A test fails while the
// committed file differs from what the schemas generate.
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../src/openapi/document.ts';

const target = new URL('../../../docs/openapi.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
