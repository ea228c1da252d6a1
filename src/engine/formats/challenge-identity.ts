// How a challenge is named where two could be confused: its title and the checksum at the end of
// its code ("Week 3" (code …a7e9a119)). Two challenges may share a title; two different challenges
// never share a code, and the same challenge always encodes to the same code and checksum.
import { extractChallengeCode } from './challenge-code';

/** The 8 hexadecimal digits that end a challenge code (or a link holding one), or '' if none. */
export function challengeChecksum(codeOrLink: string): string {
  return /\.([0-9a-f]{8})$/.exec(extractChallengeCode(codeOrLink))?.[1] ?? '';
}

/** `"Title" (code …1a2b3c4d)`: the title in quotes and the checksum that tells challenges apart. */
export function challengeLabel(title: string, codeOrLink: string): string {
  const sum = challengeChecksum(codeOrLink);
  return `"${title}"${sum ? ` (code …${sum})` : ''}`;
}
