// Reads scenario text as YAML (a superset of JSON) with errors that name the file and the line.
import { parse, YAMLParseError } from 'yaml';
import { ContentError } from '../issues';

export function parseYamlText(text: string, fileName: string): unknown {
  try {
    return parse(text, { maxAliasCount: 100, prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      throw new ContentError([`${fileName}${line ? `: line ${line}` : ''}: not valid YAML or JSON (${error.code})`]);
    }
    throw new ContentError([`${fileName}: not valid YAML or JSON`]);
  }
}
