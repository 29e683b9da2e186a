import { defineConfig } from 'vitest/config';

// One project per tier, so `npm run test:unit` needs neither Java nor a browser; `npm test` runs all.
// Only the tiers that talk to DynamoDB Local start it (test/support/global-setup.ts).
const tier = (name: string, options: { dynamo?: boolean; timeout?: number } = {}) => ({
  extends: true as const,
  test: {
    name,
    include: [`test/${name}/**/*.test.ts`],
    globalSetup: options.dynamo ? ['test/support/global-setup.ts'] : [],
    ...(options.timeout ? { testTimeout: options.timeout } : {}),
  },
});

export default defineConfig({
  test: {
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    // Two cores: CDK synth and Chromium are heavy, so files run two at a time.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: '.test-results.json' }]],
    projects: [tier('unit'), tier('infra'), tier('integration', { dynamo: true }), tier('e2e', { dynamo: true })],
  },
});
