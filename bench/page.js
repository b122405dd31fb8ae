// Loaded by page.html as a parser-blocking script inside the slot: puts the element(s) named in
// the query on the page before its script loads, then loads the script; observers record layout
// shifts and long tasks from the start. A block, so nothing leaks into the page's global scope.
{
  const params = new URLSearchParams(location.search);
  const tag = params.get('tag');
  const script = params.get('script');
  window.__bench = { shifts: 0, blocking: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (!entry.hadRecentInput) window.__bench.shifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__bench.blocking += Math.max(0, entry.duration - 50);
  }).observe({ type: 'longtask', buffered: true });

  // `tag` may name several elements (`a,b,c`): a page with all three components.
  for (const name of tag.split(',')) {
    /** @type {HTMLElement} */
    const el = document.createElement(name);
    for (const [attribute, value] of params)
      if (attribute.startsWith('attr-')) el.setAttribute(attribute.slice(5), value);
    document.getElementById('slot').append(el);
  }
  import(script);
}
