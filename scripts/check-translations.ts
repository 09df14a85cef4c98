/**
 * Fails when a string of the interface has no translation: every
 * <trans-unit> of every XLIFF file in xliff/ needs a non-empty <target>.
 * Run after `lit-localize extract`, which adds new strings without targets.
 *
 * Usage: tsx scripts/check-translations.ts [xliff-dir]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MissingTranslation {
  file: string;
  id: string;
  source: string;
}

export function findMissingTranslations(dir: string): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.xlf'))
    .sort()) {
    const xml = readFileSync(join(dir, file), 'utf8');
    for (const unit of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
      const [, id = '', body = ''] = unit;
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? '';
      if (!target.trim()) missing.push({ file, id, source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '' });
    }
  }
  return missing;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../xliff', import.meta.url));
  const missing = findMissingTranslations(dir);
  for (const m of missing) console.error(`${m.file}: no translation for ${m.id} «${m.source}»`);
  if (missing.length) {
    console.error(`${missing.length} untranslated string(s): add a <target> in xliff/.`);
    process.exitCode = 1;
  } else {
    console.log('every string is translated');
  }
}
