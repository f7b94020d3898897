import type { TimelineEvent } from '../domain/index.js';

const cache = new WeakMap<readonly TimelineEvent[], Float64Array>();

/**
 * Each event's time in ms (NaN when unknown), parsed once per timeline: the chart, its domain and the signature
 * sparklines all need them, and parsing 10,000 ISO strings three times shows up in the report benchmark.
 */
export function eventTimes(timeline: readonly TimelineEvent[]): Float64Array {
  let times = cache.get(timeline);
  if (!times) {
    times = new Float64Array(timeline.length);
    for (let i = 0; i < timeline.length; i++) {
      const at = timeline[i]!.at;
      times[i] = at === null ? Number.NaN : Date.parse(at);
    }
    cache.set(timeline, times);
  }
  return times;
}
