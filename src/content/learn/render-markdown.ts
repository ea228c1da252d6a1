// Build-time Markdown rendering of lesson bodies with markdown-it (raw HTML off, linkify off):
// `glossary:ID` and `lesson:ID` links become app routes, `[[check:ID]]` lines split the body
// into HTML blocks and inline check questions, and `[[measures:METRIC]]` lines mark where the
// "How Rapport measures this" box for a metric goes.
import MarkdownItFactory, { type MarkdownIt, type Token } from 'markdown-it';
import { sanitiseHtml } from './sanitise-html';
import type { LessonBlock } from './course-types';
import { KEBAB_ID } from './schema-common';

/** Metrics a lesson can place a "How Rapport measures this" box for (`[[measures:ID]]`). */
export const MEASURED_METRICS = [
  'churn-rate', 'retention-rate', 'nps', 'csat', 'conversion-rate', 'net-margin', 'clv', 'paid-cac', 'blended-cac', 'clv-to-cac', 'payback-months',
] as const;
export type MeasuredMetric = (typeof MEASURED_METRICS)[number];

export interface ContentLink {
  readonly kind: 'glossary' | 'lesson';
  readonly id: string;
  /** 1-based line in the Markdown body. */
  readonly line: number;
}

export interface MarkdownProblem {
  readonly line: number;
  readonly message: string;
}

export interface RenderedBody {
  readonly blocks: LessonBlock[];
  readonly links: ContentLink[];
  readonly problems: MarkdownProblem[];
  readonly warnings: MarkdownProblem[];
}

interface RenderEnv {
  lineOffset: number;
  /** Whether `#/route` links are allowed (the teacher guide; lessons use lesson: and glossary:). */
  hashLinks?: boolean;
  links: ContentLink[];
  problems: MarkdownProblem[];
  warnings: MarkdownProblem[];
}

const CHECK_LINE = /^\s*\[\[check:([^\]]*)\]\]\s*$/;
const MEASURES_LINE = /^\s*\[\[measures:([^\]]*)\]\]\s*$/;
const RETENTION_LINE = /^\s*\[\[retention-gain:([^\]]*)\]\]\s*$/;
const HASH_LINK = /^#\/[a-z0-9/-]*$/;
const INTERNAL_LINK = /^(glossary|lesson):(.*)$/;
const EXTERNAL_LINK = /^(https:|http:|mailto:)/;

function rewriteLinks(tokens: Token[], env: RenderEnv): void {
  for (const block of tokens) {
    if (block.type === 'heading_open' && block.tag === 'h1') {
      env.warnings.push({ line: (block.map?.[0] ?? 0) + 1 + env.lineOffset, message: 'use "##" headings in a lesson body; the lesson title is the page heading' });
    }
    if (block.type !== 'inline' || !block.children) continue;
    const line = (block.map?.[0] ?? 0) + 1 + env.lineOffset;
    for (const token of block.children) {
      if (token.type !== 'link_open') continue;
      const href = String(token.attrGet('href') ?? '');
      const internal = INTERNAL_LINK.exec(href);
      if (internal) {
        const kind = internal[1] === 'glossary' ? 'glossary' : 'lesson';
        const id = internal[2] ?? '';
        if (!KEBAB_ID.test(id)) {
          env.problems.push({ line, message: `the link "${href}" should name a kebab-case id, e.g. "${kind}:some-id"` });
        }
        env.links.push({ kind, id, line });
        token.attrSet('href', kind === 'glossary' ? `#/glossary/${id}` : `#/lessons/${id}`);
        token.attrSet('class', kind === 'glossary' ? 'glossary-link' : 'lesson-link');
      } else if (EXTERNAL_LINK.test(href)) {
        token.attrSet('rel', 'noopener noreferrer');
      } else if (env.hashLinks && HASH_LINK.test(href)) {
        // An app route, kept as it is.
      } else {
        env.problems.push({ line, message: `the link "${href}" should be glossary:ID, lesson:ID or a full https:// address` });
      }
    }
  }
}

function createRenderer(): MarkdownIt {
  const md = new MarkdownItFactory({ html: false, linkify: false, typographer: false });
  md.core.ruler.push('rapport_links', (state) => {
    rewriteLinks(state.tokens, state.env as unknown as RenderEnv);
  });
  return md;
}

let renderer: MarkdownIt | undefined;

/** Renders a lesson body; `firstLine` is the body's first line number in its file, for messages. */
export function renderLessonBody(body: string, firstLine = 1): RenderedBody {
  renderer ??= createRenderer();
  const env: RenderEnv = { lineOffset: 0, links: [], problems: [], warnings: [] };
  const blocks: LessonBlock[] = [];
  const lines = body.split(/\r?\n/);
  let chunk: string[] = [];
  let chunkStart = 0;

  const flush = () => {
    const source = chunk.join('\n');
    if (source.trim() !== '') {
      env.lineOffset = firstLine - 1 + chunkStart;
      blocks.push({ kind: 'html', html: sanitiseHtml(renderer!.render(source, env as unknown as Record<string, unknown>)) });
    }
    chunk = [];
  };

  lines.forEach((lineText, index) => {
    const retention = RETENTION_LINE.exec(lineText);
    if (retention) {
      flush();
      chunkStart = index + 1;
      const scenario = (retention[1] ?? '').trim();
      if (!KEBAB_ID.test(scenario)) env.problems.push({ line: firstLine + index, message: `"[[retention-gain:${retention[1] ?? ''}]]" should name a scenario id` });
      else blocks.push({ kind: 'retention', scenario });
      return;
    }
    const measures = MEASURES_LINE.exec(lineText);
    if (measures) {
      flush();
      chunkStart = index + 1;
      const metric = (measures[1] ?? '').trim();
      if (!(MEASURED_METRICS as readonly string[]).includes(metric)) {
        env.problems.push({ line: firstLine + index, message: `"[[measures:${measures[1] ?? ''}]]" should name one of ${MEASURED_METRICS.join(', ')}` });
      } else {
        blocks.push({ kind: 'measures', metric: metric as MeasuredMetric });
      }
      return;
    }
    const check = CHECK_LINE.exec(lineText);
    if (check) {
      flush();
      chunkStart = index + 1;
      const id = (check[1] ?? '').trim();
      if (!KEBAB_ID.test(id)) {
        env.problems.push({ line: firstLine + index, message: `the inline check "[[check:${check[1] ?? ''}]]" should name a question id in kebab-case` });
      } else {
        blocks.push({ kind: 'check', questionId: id });
      }
      return;
    }
    if (lineText.includes('[[check:')) {
      env.problems.push({ line: firstLine + index, message: 'an inline check "[[check:ID]]" must stand alone on its own line' });
    }
    chunk.push(lineText);
  });
  flush();
  return { blocks, links: env.links, problems: env.problems, warnings: env.warnings };
}

/** Renders a teacher-facing Markdown page (no inline checks); `#/route` links are allowed. */
export function renderGuideMarkdown(source: string): { html: string; links: ContentLink[]; problems: MarkdownProblem[] } {
  renderer ??= createRenderer();
  const env: RenderEnv = { lineOffset: 0, links: [], problems: [], warnings: [], hashLinks: true };
  const html = sanitiseHtml(renderer.render(source, env as unknown as Record<string, unknown>));
  return { html, links: env.links, problems: env.problems };
}
