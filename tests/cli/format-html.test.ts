import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumMissing, withChromium } from '../helpers/chromium.js';
import { runCli } from '../helpers/run-cli.js';
import { copyFixture, OUTPUT_ROOT, removeFolder } from '../helpers/temp-project.js';

/** A check next to source text and an effect that would be markup if it were not escaped. */
const HOSTILE = `import { ProgressTarget } from "./progress-target.js";
import { Repository } from "./repository.js";
import type { Target } from "./target.js";

export function announce(target: Target, log: (line: string) => void): void {
  const banner = "</pre><script>alert('x')</script><img src=x onerror=alert(1)>";
  if (target instanceof Repository) {
    log(\`\${banner}<b>&amp;</b>\`);
  }
}

announce(new ProgressTarget(new Repository("r"), () => {}), () => {});
`;

const SCREENSHOTS = path.join(OUTPUT_ROOT, 'screenshots');

let hostileProject: string;
let pushHtml: string;
let hostileHtml: string;

beforeAll(() => {
  hostileProject = copyFixture('html-hostile', { 'src/banner.ts': HOSTILE });
  const push = runCli(['scan', '--project', 'fixtures/registry-push/tsconfig.json', '-f', 'html']);
  const hostile = runCli(['scan', '--project', 'tsconfig.json', '-f', 'html'], hostileProject);
  expect([push.status, push.stderr, hostile.status, hostile.stderr]).toEqual([1, '', 1, '']);
  pushHtml = push.stdout;
  hostileHtml = hostile.stdout;
});

afterAll(() => removeFolder(hostileProject));

/** Runs in the page: the fill colour Chromium computed for an SVG element. */
function fillOf(node: unknown): string {
  const view = globalThis as unknown as { getComputedStyle(element: unknown): { fill: string } };
  return view.getComputedStyle(node).fill;
}

function count(text: string, pattern: RegExp): number {
  return text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))?.length ?? 0;
}

describe('--format html, as a file', () => {
  it('is one self-contained page that fetches nothing and runs nothing', () => {
    expect(
      pushHtml.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'),
    ).toBe(true);
    expect(pushHtml).toContain(
      '<meta http-equiv="Content-Security-Policy" ' +
        `content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(count(pushHtml, /<script|<link|<img|<iframe|<object|@import|url\(|\ssrc=/i)).toBe(0);
    expect(pushHtml.endsWith('</html>\n')).toBe(true);
  });

  it('has the three summary charts as inline SVG, then a finding with a flow picture each', () => {
    expect(
      count(pushHtml, /<figure class="chart" id="chart-(rules|folders|wrappers)"><figcaption>/),
    ).toBe(3);
    expect(count(pushHtml, /<svg class="chart-svg"/)).toBe(3);
    expect(count(pushHtml, /<rect class="bar error"/)).toBe(2);
    expect(count(pushHtml, /<rect class="bar folder"/)).toBe(1);
    expect(count(pushHtml, /<rect class="bar wrapper"/)).toBe(1);
    expect(count(pushHtml, /<article class="finding error">/)).toBe(2);
    expect(count(pushHtml, /<svg class="flow-svg"/)).toBe(2);
    expect(count(pushHtml, /<circle class="flow-node"/)).toBe(5 + 4);
    expect(pushHtml).toContain(
      '<p class="message"><code>target instanceof Repository</code> is false when ' +
        '<code>target</code> is a ProgressTarget (made in src/push-command.ts:20): unwrap it ' +
        'first, or test the capability you need.</p>',
    );
  });

  it('escapes every piece of source text and every message', () => {
    expect(count(hostileHtml, /<script|<img|<b>/i)).toBe(0);
    expect(hostileHtml).toContain(
      '  const banner = &quot;&lt;/pre&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img ' +
        'src=x onerror=alert(1)&gt;&quot;;',
    );
    expect(hostileHtml).toContain(
      'announce silently skips <code>log(</code>${banner}&lt;b&gt;&amp;amp;&lt;/b&gt;' +
        '<code>)</code>',
    );
  });
});

describe('--format html, in headless Chromium', () => {
  const missing = chromiumMissing();

  it('renders without JavaScript or any request, with the charts visible', async (context) => {
    if (missing) context.skip(missing);

    const file = path.join(SCREENSHOTS, 'registry-push.html');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    fs.writeFileSync(file, pushHtml);
    await withChromium(async (browser) => {
      const page = browser.pages()[0] ?? (await browser.newPage());
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href);

      expect(await page.title()).toBe(
        'wrapper-pitfalls audit: fixtures/registry-push/tsconfig.json',
      );
      expect(await page.locator('h1').textContent()).toBe('wrapper-pitfalls audit');
      expect(requests).toEqual([pathToFileURL(file).href]);

      for (const chart of ['rules', 'folders', 'wrappers']) {
        const svg = page.locator(`#chart-${chart} svg`);
        expect(await svg.isVisible()).toBe(true);
        const box = await svg.boundingBox();
        expect(box?.width).toBe(480);
        expect(box!.height).toBeGreaterThan(40);
      }

      const bars = page.locator('#chart-rules rect.bar');
      expect(await bars.count()).toBe(2);
      for (const bar of await bars.all()) {
        expect(await bar.isVisible()).toBe(true);
        expect((await bar.boundingBox())!.width).toBeGreaterThan(100);
        expect(await bar.evaluate(fillOf)).toBe('rgb(198, 40, 40)');
      }

      expect(await page.locator('#chart-rules .bar-label').allTextContents()).toEqual([
        'no-instanceof-wrapped',
        'no-silent-type-gate',
      ]);
      expect(await page.locator('#chart-wrappers .bar-label').allTextContents()).toEqual([
        'ProgressTarget (src/progres…',
      ]);
      expect(await page.locator('.flow svg').count()).toBe(2);
      expect(await page.locator('.flow svg').first().isVisible()).toBe(true);
      expect(
        await page.locator('.flow svg').first().locator('.flow-place').allTextContents(),
      ).toEqual([
        'src/push-command.ts:20:9',
        'src/push-command.ts:18:9',
        'src/push-command.ts:23:17',
        'src/scope-hint.ts:6:7',
        'src/scope-hint.ts:7:5',
      ]);

      const screenshot = path.join(SCREENSHOTS, 'registry-push.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      const png = fs.readFileSync(screenshot);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.length).toBeGreaterThan(20_000);
    });
  });

  it('shows hostile source text as text, never as markup', async (context) => {
    if (missing) context.skip(missing);

    const file = path.join(SCREENSHOTS, 'hostile.html');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    fs.writeFileSync(file, hostileHtml);
    await withChromium(async (browser) => {
      const page = browser.pages()[0] ?? (await browser.newPage());
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href);

      expect(await page.locator('script, img, b').count()).toBe(0);
      expect(requests).toEqual([pathToFileURL(file).href]);
      const frames = await page.locator('pre.frame').allTextContents();
      expect(frames[0]).toContain(
        `const banner = "</pre><script>alert('x')</script><img src=x onerror=alert(1)>";`,
      );
      await page.screenshot({ path: path.join(SCREENSHOTS, 'hostile.png'), fullPage: true });
    });
  });
});
