import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { Edition } from '../../../contracts/offerfeest.ts';
import { listEditions, offerfeestKeys } from './api.ts';

export type EditionState = {
  edition: Edition | undefined;
  isLoading: boolean;
  error: unknown;
  editionId: string;
};

/** The edition of the page's `$editionId`, from the (public, small) list of editions. */
export function useEditionOfPage(): EditionState {
  const params = useParams({ strict: false });
  const editionId = 'editionId' in params && typeof params.editionId === 'string' ? params.editionId : '';
  const editions = useQuery({ queryKey: offerfeestKeys.editions, queryFn: listEditions });
  return {
    edition: editions.data?.find((e) => e.id === editionId),
    isLoading: editions.isLoading,
    error: editions.error,
    editionId,
  };
}
