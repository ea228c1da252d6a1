// Splits a Markdown file into its YAML front matter and body, with line numbers for errors.
export interface SplitMarkdown {
  readonly frontMatter: string;
  readonly body: string;
  /** 1-based line number of the first body line in the file. */
  readonly bodyStartLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Returns null when the file does not start with a `---` fenced front matter block. */
export function splitFrontMatter(source: string): SplitMarkdown | null {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return null;
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end < 0) return null;
  return {
    frontMatter: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    bodyStartLine: end + 2,
  };
}
