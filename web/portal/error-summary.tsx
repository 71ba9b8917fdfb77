import { useEffect, useRef } from 'react';

/**
 * Shown above a portal form after a refused send: how many fields need a look (`summary`, already
 * translated) and a link to each. It takes focus, so a keyboard or screen-reader user hears it at
 * once — again on every refused attempt when the form passes `attempt`.
 */
export function ErrorSummary(props: {
  fields: readonly string[];
  labels: Record<string, string>;
  summary: string;
  attempt?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { fields } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: each refused attempt moves focus again
  useEffect(() => {
    if (fields.length > 0) ref.current?.focus();
  }, [props.attempt, fields.length]);
  if (fields.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="case-alert">
      <p>{props.summary}</p>
      <ul>
        {fields.map((field) => (
          <li key={field}>
            <a
              href={`#${field}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(field)?.focus();
              }}
            >
              {props.labels[field] ?? field}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A message above or below a portal form (a refusal that belongs to no one field). */
export function FormAlert({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="case-alert">
      {message}
    </p>
  ) : null;
}
