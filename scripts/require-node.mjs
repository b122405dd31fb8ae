// Every npm script runs this first. npm puts node_modules/.bin before the system PATH, so the
// `node` devDependency (Node 24) runs our scripts; when its install failed we would silently run
// on the system Node instead, and ky 2, msw 3 and @web/test-runner need Node >= 22.12.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Vangnet needs Node 22.12 or newer, but this script runs on Node ${process.versions.node} (${process.execPath}). ` +
      'Run `npm ci` again so the pinned Node from the `node` devDependency lands in node_modules/.bin, or install Node 22.12+.',
  );
  process.exit(1);
}
