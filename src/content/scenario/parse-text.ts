// Reads scenario text as YAML (a superset of JSON) with errors that name the file and the line. A
// tag the reader does not know (`!thing`) is refused like an error rather than printed as a warning:
// a scenario is plain data.
import { parseDocument, type YAMLError } from 'yaml';
import { ContentError } from '../issues';

function problem(fileName: string, error: YAMLError, what: string): ContentError {
  const line = error.linePos?.[0]?.line;
  return new ContentError([`${fileName}${line ? `: line ${line}` : ''}: ${what} (${error.code})`]);
}

export function parseYamlText(text: string, fileName: string): unknown {
  let doc;
  try {
    doc = parseDocument(text, { prettyErrors: true, logLevel: 'silent' });
  } catch {
    throw new ContentError([`${fileName}: not valid YAML or JSON`]);
  }
  const [error] = doc.errors;
  if (error) throw problem(fileName, error, 'not valid YAML or JSON');
  const [warning] = doc.warnings;
  if (warning) throw problem(fileName, warning, warning.code === 'TAG_RESOLVE_FAILED' ? 'a YAML tag that scenarios do not use' : 'not plain YAML data');
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    throw new ContentError([`${fileName}: not valid YAML or JSON (too many aliases or a reference that cannot be resolved)`]);
  }
}
