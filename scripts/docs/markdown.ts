// Small helpers for Markdown that scripts generate from machine-readable sources.

/** Text safe inside one Markdown table cell: no pipes or line breaks that would split the table. */
export function cell(text: string | undefined): string {
  return (text ?? '')
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

/** A Markdown table; `undefined` cells are left empty. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly (string | undefined)[])[],
) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** Inline code that survives backticks in its content. */
export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** TypeDoc front matter for a generated document; a list becomes a YAML sequence. */
export function frontMatter(fields: Record<string, string | readonly string[]>): string {
  const lines = Object.entries(fields).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${key}: ${JSON.stringify(value)}`]
      : [`${key}:`, ...value.map((item) => `  - ${JSON.stringify(item)}`)],
  );
  return ['---', ...lines, '---', ''].join('\n');
}
