// What `rapport verify` reads: files, folders (searched recursively for .json result files and
// .txt files of result codes) and `--list FILE` (one path per line), in the order given. Each item
// becomes one input to verify, or a row saying why it could not be read; nothing stops the batch.
import { lstatSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { MAX_RESULT_SIZE, pastedInputsOf, textOfBytes, type Verdict } from '../engine';
import { UsageError } from './cli-io';

export interface VerifyItem {
  /** What the class table calls it: a file name, a path inside a folder, or "codes.txt #2". */
  readonly name: string;
  /** The bytes or text to verify, or the verdict when it could not be read. */
  readonly input: Uint8Array | string | Verdict;
}

const rejected = (reason: string): Verdict => ({ status: 'rejected', reason, player: null, challengeTitle: null });
const RESULT_EXTENSIONS = new Set(['.json', '.txt']);

/** The result codes in a .txt file, one item each; any other text is one item (rejected with its reason). */
function textItems(name: string, bytes: Uint8Array): VerifyItem[] {
  const text = textOfBytes(bytes);
  if (!text.ok) return [{ name, input: rejected(text.error) }];
  const inputs = pastedInputsOf(text.value);
  if (inputs.length === 0) return [{ name, input: rejected('The file is empty.') }];
  if (inputs.length === 1) return [{ name, input: inputs[0]! }];
  return inputs.map((code, i) => ({ name: `${name} #${i + 1}`, input: code }));
}

function fileItems(path: string, name: string): VerifyItem[] {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_RESULT_SIZE) return [{ name, input: rejected(`The file is too large to be a result file (${(size / 1_000_000).toFixed(1)} MB; the limit is ${MAX_RESULT_SIZE / 1_000_000} MB).`) }];
    bytes = readFileSync(path);
  } catch {
    return [{ name, input: rejected('The file cannot be read (it does not exist, is not a file, or may not be read).') }];
  }
  return extname(path).toLowerCase() === '.txt' ? textItems(name, bytes) : [{ name, input: bytes }];
}

function folderItems(root: string, dir: string, label: string, out: VerifyItem[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    out.push({ name: join(label, relative(root, dir)) || label, input: rejected('The folder cannot be read (it may not be listed).') });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const name = join(label, relative(root, path));
    if (entry.isDirectory()) folderItems(root, path, label, out);
    else if (entry.isSymbolicLink()) {
      let target;
      try {
        target = statSync(path);
      } catch {
        out.push({ name, input: rejected('The link points to nothing that can be read.') });
        continue;
      }
      if (target.isDirectory()) out.push({ name, input: rejected('A link to a folder is not followed (it could lead in a circle): pass the folder itself.') });
      else if (RESULT_EXTENSIONS.has(extname(path).toLowerCase())) out.push(...fileItems(path, name));
    } else if (entry.isFile() && RESULT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(...fileItems(path, name));
  }
}

/** The paths listed in `listFile`, one per line (blank lines and lines starting with # skipped). */
export function readPathList(listFile: string): string[] {
  let text: string;
  try {
    text = readFileSync(listFile, 'utf8');
  } catch {
    throw new UsageError(`--list ${listFile}: cannot read the list of files`);
  }
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith('#'));
}

/** Every item of the given paths: a file is one item (or one per code in a .txt), a folder all it holds. */
export function collectItems(paths: readonly string[]): VerifyItem[] {
  const out: VerifyItem[] = [];
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = lstatSync(path).isDirectory();
    } catch {
      // not there: fileItems reports it as a row
    }
    if (isDir) {
      const before = out.length;
      folderItems(path, path, basename(path) || path, out);
      if (out.length === before) out.push({ name: path, input: rejected('The folder holds no .json or .txt files.') });
    } else out.push(...fileItems(path, basename(path)));
  }
  return out;
}
