export { VangnetHello } from './hello/hello.ts';
