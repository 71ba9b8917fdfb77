/** Before/after of an audit entry as readable, indented JSON (values are arbitrary). */
export function JsonView({ label, value }: { label: string; value: unknown }) {
  const text = value === undefined || value === null ? '—' : JSON.stringify(value, null, 2);
  return (
    <figure className="json-view">
      <figcaption className="json-view__label">{label}</figcaption>
      {/* The region scrolls on its own and is focusable, so keyboard users can scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard */}
      <pre tabIndex={0} dir="ltr" className="json-view__body">
        {text}
      </pre>
    </figure>
  );
}
