// Lit's css`` templates keep every space, newline and comment of the source. The browser bundles
// drop them: comments, and whitespace the CSS grammar ignores (around `{`, `}`, `;` and `,`, and
// after a property's colon).
// Quoted strings (`content: ': '`) and `${…}` expressions stay exactly as written.

/** CSS text with comments and ignorable whitespace removed; quoted strings untouched. */
export function minifyCss(text: string): string {
  // Comments first: their prose has apostrophes that would read as the start of a string.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            // `color: red` → `color:red`; a selector never has a space after its colon.
            .replace(/([\w-]): /g, '$1:')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/**
 * Source with the static text of every css`` template minified. Expressions are copied as they
 * are, counting braces to find their end (the widget's expressions hold no unbalanced brace).
 */
export function minifyCssTemplates(source: string): string {
  let output = '';
  let from = 0;
  for (;;) {
    const start = source.indexOf('css`', from);
    if (start === -1) return output + source.slice(from);
    const isTag = start === 0 || !/[\w$.]/.test(source[start - 1] ?? '');
    output += source.slice(from, start + 4);
    let at = start + 4;
    if (!isTag) {
      from = at;
      continue;
    }
    let text = '';
    while (at < source.length && source[at] !== '`') {
      if (source[at] === '\\') {
        text += source.slice(at, at + 2);
        at += 2;
      } else if (source.startsWith('${', at)) {
        let depth = 0;
        let end = at + 1;
        do {
          if (source[end] === '{') depth++;
          else if (source[end] === '}') depth--;
          end++;
        } while (depth > 0 && end < source.length);
        output += minifyCss(text) + source.slice(at, end);
        text = '';
        at = end;
      } else {
        text += source[at];
        at++;
      }
    }
    output += minifyCss(text) + '`';
    from = at + 1;
  }
}
