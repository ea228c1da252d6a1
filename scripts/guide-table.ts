// `npm run guide:table`: rewrites the lesson ↔ scenario ↔ objective table of docs/teaching-guide.md
// from the course content (the app builds the same table at build time; a test fails when the
// file's copy is out of date).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCourse } from '../src/content/learn/load-course';
import { formatContentErrors } from '../src/content/learn/content-errors';
import { guideWithTable } from '../src/content/learn/teaching-guide';

const file = path.resolve('docs/teaching-guide.md');
const result = loadCourse(path.resolve('content'));
if (!result.ok) {
  console.error(formatContentErrors(result.errors));
  process.exit(2);
}
const before = readFileSync(file, 'utf8');
const after = guideWithTable(before, result.course);
if (after === before) console.log('docs/teaching-guide.md: the table is up to date.');
else {
  writeFileSync(file, after);
  console.log('docs/teaching-guide.md: table rewritten from the course.');
}
