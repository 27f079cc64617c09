<?php

namespace Edge\Gateway;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class GatewayKernel
{
    /**
     * @param array<string, array{prefix: string, upstream: string, plugins: list<class-string>}> $routes
     * @param array<class-string, array<string, mixed>> $pluginOptions
     */
    public function __construct(private array $routes, private array $pluginOptions)
    {
    }

    public function handle(ServerRequest $request): Response
    {
        [$name, $route] = $this->match($request->getPath());
        if ($route === null) {
            return new Response(404, [], '{"error":"no_route"}');
        }

        $chain = $this->buildChain($name, $route['plugins']);
        $response = $chain->next($request->withAttribute('route', $name)->withAttribute('upstream', $route['upstream']));

        return $response->withHeader('x-gateway-plugins', (string) count($chain->executed()));
    }

    /** @param list<class-string> $plugins */
    private function buildChain(string $route, array $plugins): PluginChain
    {
        $chain = new PluginChain($route);
        foreach ($plugins as $class) {
            $chain->add(new $class($this->pluginOptions[$class] ?? []));
        }

        return $chain;
    }

    /** @return array{0: string, 1: ?array} */
    private function match(string $path): array
    {
        foreach ($this->routes as $name => $route) {
            if (str_starts_with($path, $route['prefix'])) {
                return [$name, $route];
            }
        }

        return ['', null];
    }
}
