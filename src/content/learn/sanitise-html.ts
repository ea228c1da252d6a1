// Build-time sanitising of every HTML fragment the course ships (lesson bodies, the teaching guide),
// with sanitize-html and an allow-list of what our Markdown renderer produces: its tags, links that
// are app routes (#/…), web or mail addresses, classes, list starts and table alignment. Raw HTML is
// already off in the renderer; this is defence in depth, done once in the build so the pages insert
// the result as it is.
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'code', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'hr', 's'],
  allowedAttributes: { a: ['href', 'class', 'rel'], ol: ['start'], th: ['style'], td: ['style'], '*': ['class'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  // Removed elements keep their text; script and style content is dropped.
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'svg', 'math'],
};

export function sanitiseHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
