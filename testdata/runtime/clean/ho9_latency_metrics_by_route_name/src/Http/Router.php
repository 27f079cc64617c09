<?php
namespace App\Http;

use Nyholm\Psr7\ServerRequest;

final class Router
{
    /** @var array<string, string> route name => regex, registered at boot */
    private array $routes = [];

    public function add(string $name, string $pattern): self { $this->routes[$name] = '#^' . $pattern . '$#'; return $this; }

    public function match(ServerRequest $request): ServerRequest
    {
        $path = $request->getUri()->getPath();
        $name = array_key_first(array_filter($this->routes, fn (string $regex) => preg_match($regex, $path) === 1));

        return $request->withAttribute('_route', $name ?? 'not_found');
    }
}
