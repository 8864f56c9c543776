import { describe, expect, it } from 'vitest';
import { renderBuild } from '../../src/report/build.js';

describe('the build section of the summary', () => {
  it('shows time, cache use, context and each step', () => {
    const text = renderBuild({
      seconds: 12.34,
      cacheMode: 'local',
      contextBytes: 2_048_000,
      steps: [
        { name: '[deps 2/2] RUN npm ci', seconds: 0, cached: true },
        { name: '[app 3/3] COPY src/ /app/', seconds: 1.25, cached: false },
      ],
      cachedSteps: 1,
      totalSteps: 2,
    });
    expect(text).toBe(
      [
        '### Build',
        '',
        'Built in 12.3 s · 1 of 2 steps from cache · 2.05 MB of build context · cache: local',
        '',
        '| Step | Time | |',
        '|:--|--:|:--|',
        '| &#91;deps 2/2&#93; RUN npm ci | 0.0 s | cached |',
        '| &#91;app 3/3&#93; COPY src/ /app/ | 1.3 s | built |',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the context when buildx did not report it, and the table when there were no steps', () => {
    const text = renderBuild({
      seconds: 0.4,
      cacheMode: 'none',
      contextBytes: null,
      steps: [],
      cachedSteps: 0,
      totalSteps: 0,
    });
    expect(text).toBe('### Build\n\nBuilt in 0.4 s · 0 of 0 steps from cache · cache: none\n');
  });
});
