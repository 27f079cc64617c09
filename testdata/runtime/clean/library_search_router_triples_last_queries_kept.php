<?php
// A small HTTP worker with its own router: routes are registered at boot
// as [method, pattern, handler] triples, and each request runs the
// handler of the first route that matches. The search handler keeps the
// last queries it served for its statistics page.

namespace Library {
    final class Request
    {
        public function __construct(public readonly string $method, public readonly string $path, public readonly string $query)
        {
        }
    }

    final class Router
    {
        /** @var list<array{0: string, 1: string, 2: callable}> */
        private array $routes = [];

        public function add(string $method, string $pattern, callable $handler): void
        {
            $this->routes[] = [$method, $pattern, $handler];
        }

        public function dispatch(Request $request): string
        {
            foreach ($this->routes as [$method, $pattern, $handler]) {
                if ($method === $request->method && preg_match($pattern, $request->path) === 1) {
                    return $handler($request);
                }
            }

            return 'not found';
        }
    }

    final class CatalogueSearch
    {
        /** @var list<array{query: string, results: string}> */
        private array $served = [];

        public function __invoke(Request $request): string
        {
            $results = str_repeat('book matching ' . $request->query . '; ', 20);
            $this->served[] = ['query' => $request->query, 'results' => $results];
            if (count($this->served) > 20) {
                array_shift($this->served);
            }

            return $results;
        }
    }
}

namespace {
    use Library\CatalogueSearch;
    use Library\Request;
    use Library\Router;

    $router = new Router();
    $router->add('GET', '#^/search$#', new CatalogueSearch());

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $router->dispatch(new Request('GET', '/search', 'title-' . $i));
    }
}
