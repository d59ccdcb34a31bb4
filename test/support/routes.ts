import type express from 'express';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route the app answers, with its methods, read from express's own router. */
export function appRoutes(app: express.Express): Array<{ path: string; methods: string[] }> {
  const routes = new Map<string, Set<string>>();
  const walk = (layers: Layer[]): void => {
    for (const layer of layers) {
      if (layer.route) {
        for (const routePath of [layer.route.path].flat()) {
          const methods = routes.get(routePath) ?? new Set<string>();
          for (const [method, on] of Object.entries(layer.route.methods)) if (on) methods.add(method);
          routes.set(routePath, methods);
        }
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return [...routes].map(([path, methods]) => ({ path, methods: [...methods] })).sort((a, b) => a.path.localeCompare(b.path));
}
