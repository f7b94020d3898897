import type { FastifyInstance } from 'fastify';
import type { Access } from './access.js';
import type { RouteContract } from './route-contract.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route contract registered on this server, shared by all its plugin scopes. */
    routeContracts: RouteRegistry;
  }
}

/** A route as Fastify registered it, contract or not: what the API document is checked against. */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: Access | undefined;
}

/** The contracts of a server's routes, and every route Fastify registered, in order. */
export class RouteRegistry {
  private readonly byRoute = new Map<string, RouteContract>();
  private readonly seen: RegisteredRoute[] = [];

  /** Keeps a route's contract; a second one for the same method and URL is a programming error. */
  add(contract: RouteContract): void {
    const key = `${contract.method} ${contract.url}`;
    if (this.byRoute.has(key)) throw new Error(`two route contracts for ${key}`);
    this.byRoute.set(key, contract);
  }

  /** The contracts, in the order their routes were registered. */
  contracts(): RouteContract[] {
    return [...this.byRoute.values()];
  }

  /** Every route Fastify registered (HEAD routes included), with its access rule. */
  routes(): readonly RegisteredRoute[] {
    return this.seen;
  }

  /** Notes a route Fastify registered. */
  record(route: RegisteredRoute): void {
    this.seen.push(route);
  }
}

/**
 * Gives the server a route registry and records every route Fastify registers from now on, in this scope and the
 * ones registered inside it, whether or not it came with a contract.
 */
export function installRouteRegistry(app: FastifyInstance): RouteRegistry {
  const registry = new RouteRegistry();
  app.decorate('routeContracts', registry);
  app.addHook('onRoute', function recordRoute(route) {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      registry.record({ method, url: route.url, access: route.config?.access });
    }
  });
  return registry;
}
