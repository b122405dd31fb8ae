/** Query parameters from a validated query object; absent values are left out. */
export function toSearchParams(
  query: Readonly<Record<string, string | number | boolean | undefined>>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) params.set(key, String(value));
  return params;
}
