import type { FastifyReply } from 'fastify';

/**
 * A signal that aborts when the client goes away before its answer is sent, so long work (an upload's import)
 * stops with it instead of running on for nobody. Call `done` when the work ends, to drop the listener.
 */
export function abortOnDisconnect(reply: FastifyReply): { signal: AbortSignal; done(): void } {
  const controller = new AbortController();
  const response = reply.raw;
  const onClose = () => {
    if (!response.writableFinished) controller.abort(new Error('the client disconnected'));
  };
  response.on('close', onClose);
  return { signal: controller.signal, done: () => response.off('close', onClose) };
}
