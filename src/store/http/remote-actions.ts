import type { ActionList } from '../../domain/api/index.js';
import type { ActionInput } from '../../domain/index.js';
import { isOverdue } from '../../domain/index.js';
import type { ActionRepository, StoredAction } from '../store.js';
import { remoteChildren } from './remote-children.js';
import type { RemoteClient } from './remote-client.js';

/** Action items over the REST API; a search across incidents asks the server for what the caller may see. */
export function remoteActions(client: RemoteClient): ActionRepository {
  const repository: ActionRepository = {
    ...remoteChildren<StoredAction, ActionInput>(client, 'actions', 'actions'),
    async count(filter) {
      return (await repository.search(filter)).length;
    },
    async search(filter) {
      const { actions } = await client.call<ActionList>({
        path: '/api/actions',
        query: { status: filter.status?.join(','), owner: filter.owner },
      });
      // The API judges overdue against the server's day; the caller's day and incident are applied here.
      const day = filter.overdueOn;
      return actions.filter(
        (action) =>
          (filter.incidentId === undefined || action.incidentId === filter.incidentId) &&
          (day === undefined || isOverdue(action, day)),
      );
    },
  };
  return repository;
}
