// The Vite plugin turns the content into virtual modules for the app, and a broken content file
// fails the build with the message naming file and field.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { learnContentPlugin } from '../../src/content/learn/vite-plugin';

const VALID = path.resolve('tests/fixtures/learn/valid');
const scratch = mkdtempSync(path.join(tmpdir(), 'rapport-plugin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function buildWith(contentDir: string): Promise<Rollup.RollupOutput> {
  const root = path.join(scratch, `app-${Math.random().toString(36).slice(2)}`);
  cpSync(path.resolve('tests/fixtures/learn/plugin-app'), root, { recursive: true });
  const output = await build({
    root, configFile: false, logLevel: 'silent',
    plugins: [learnContentPlugin({ contentDir })],
    build: { write: false, minify: false, lib: { entry: path.join(root, 'main.js'), formats: ['es'], fileName: 'main' } },
  });
  return (Array.isArray(output) ? output[0] : output) as Rollup.RollupOutput;
}

describe('the learn content Vite plugin', () => {
  it('serves the outline, the glossary and one chunk per lesson with its questions', async () => {
    const output = await buildWith(VALID);
    const code = output.output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
    expect(code).toContain('First steps with relationships');
    expect(code).toContain('Any place where a customer meets the brand.');
    expect(code).toContain('#/glossary/touchpoint');
    const lessonChunks = output.output.filter((c) => c.type === 'chunk' && c.code.includes('inlineChecks'));
    expect(lessonChunks).toHaveLength(2);
    expect(code).not.toMatch(/markdown-it|from "yaml"|valibot/);
    // The misconceptions, the lesson's Try-it block with names resolved, and the teaching guide.
    expect(code).toContain('You tend to confuse churn with retention.');
    expect(code).toContain('Regular customers');
    expect(code).toContain('A mini market');
    expect(code).toMatch(/Teaching guide|lesson-table|#\/lessons\/first-steps/);
  });

  it('fails the build with the file and field when the content is broken', async () => {
    const broken = path.join(scratch, 'broken');
    cpSync(VALID, broken, { recursive: true });
    const file = path.join(broken, 'questions/first-steps.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('tolerance: 0.1', 'tolerance: wide'));
    await expect(buildWith(broken)).rejects.toThrow(/questions\/first-steps\.yaml: field "\[2\]\.tolerance": expected a number, got "wide"/);
  });
});
