// Browser bundle dist/vangnet-provider.js: <vangnet-provider> alone (for pages that load the
// components' bundles from elsewhere).
import '../provider/define.ts';
