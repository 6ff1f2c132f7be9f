// Measures every tap target on the respondent pages of a running Stemmen in a 360×740 phone screen
// (headless Chromium) and fails when one is smaller than 44×44 CSS px. Run through scripts/tap-targets.sh.
// Targets: buttons, inputs (a radio or checkbox counts as its label, which is what a finger hits), text
// fields, and links, except links inside a sentence (<p>), which WCAG 2.5.5 exempts.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:8080';
const id = process.argv[3] ?? 'thuis-in-de-stad';
const languages = (process.argv[4] ?? 'nl,en,ar,tr,fa,ti').split(',');
const MIN = 44;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
// previews are for staff: sign in as admin with HTTP Basic (STEMMEN_ADMIN_PASSWORD); respondents' pages need nothing
const page = await browser.newPage({ viewport: { width: 360, height: 740 },
  httpCredentials: { username: 'admin', password: process.env.STEMMEN_ADMIN_PASSWORD ?? '', send: 'always' } });
const smallest = new Map();   // kind → smallest target seen, for the report
let failures = 0;

async function measure(what) {
  const targets = await page.$$eval('a[href], button, input:not([type=hidden]), textarea, select', elements =>
    elements.filter(e => !(e.tagName === 'A' && e.closest('p')))
      .map(e => {
        const target = (e.type === 'radio' || e.type === 'checkbox') && e.closest('label') || e;
        const box = target.getBoundingClientRect();
        const kind = target.tagName.toLowerCase() + (target.className ? '.' + target.className.split(' ')[0] : '');
        return { kind, text: (target.textContent || target.name || '').trim().slice(0, 40), w: box.width, h: box.height };
      }));
  for (const t of targets) {
    const s = smallest.get(t.kind);
    if (!s || Math.min(t.w, t.h) < Math.min(s.w, s.h)) smallest.set(t.kind, t);
    if (t.w < MIN || t.h < MIN) {
      failures++;
      console.log(`TOO SMALL ${Math.round(t.w)}×${Math.round(t.h)} ${t.kind} "${t.text}" on ${what}`);
    }
  }
  return targets.length;
}

// Answers every question on the page with its first real option or a plausible value.
async function answerAll() {
  for (const name of await page.$$eval('input[type=radio]', rs => [...new Set(rs.map(r => r.name))])) {
    await page.check(`input[type=radio][name="${name}"]:not([value=_dont_understand]) >> nth=0`).catch(() => {});
  }
  for (const name of await page.$$eval('input[type=checkbox]', cs => [...new Set(cs.map(c => c.name))])) {
    await page.check(`input[type=checkbox][name="${name}"] >> nth=0`).catch(() => {});
  }
  for (const input of await page.$$('input[type=text], input[type=date], textarea')) {
    const mode = await input.getAttribute('inputmode');
    const type = await input.getAttribute('type');
    await input.fill(type === 'date' ? '1990-01-01' : mode === 'numeric' || mode === 'decimal' ? '30' : 'Test');
  }
}

await page.goto(`${base}/preview/${id}`);
console.log(`${await measure('the language choice')} targets on the language choice`);
await page.goto(`${base}/r/no-such-link`);
await measure('the invalid-link page');
for (const lang of languages) {
  await page.goto(`${base}/preview/${id}?lang=${lang}`);
  await page.click('button[value=next]');                 // nothing answered: the page with its error summary
  let count = await measure(`${lang} errors`);
  for (let n = 0; n < 20 && page.url().includes('/p/'); n++) {
    const before = page.url();
    count += await measure(`${lang} ${new URL(before).pathname.split('/').pop()}`);
    await answerAll();
    await page.click('button[value=next]');
    if (page.url() === before && await page.$('.summary')) { console.log(`stuck on ${before}`); break; }
  }
  count += await measure(`${lang} thank-you page`);
  console.log(`${lang}: ${count} targets measured, last page ${page.url()}`);
}
console.log('smallest per kind:');
for (const [kind, t] of smallest) console.log(`  ${kind.padEnd(20)} ${Math.round(t.w)}×${Math.round(t.h)}  "${t.text}"`);
await browser.close();
console.log(failures ? `${failures} targets below ${MIN}×${MIN}` : `every target at least ${MIN}×${MIN}`);
process.exit(failures ? 1 : 0);
