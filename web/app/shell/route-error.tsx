import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { ErrorState } from '../../components/ui/states.tsx';

/** A page that failed to load (its code chunk or its data): explain, and offer to try again. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <div className="route-error">
      <ErrorState
        error={error}
        onRetry={() => {
          reset();
          void router.invalidate();
        }}
      />
    </div>
  );
}
