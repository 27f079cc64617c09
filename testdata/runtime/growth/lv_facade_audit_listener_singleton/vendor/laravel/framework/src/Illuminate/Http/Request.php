<?php

namespace Illuminate\Http;

use Closure;
use Illuminate\Support\Traits\Macroable;
use Symfony\Component\HttpFoundation\Request as SymfonyRequest;

class Request extends SymfonyRequest
{
    use Macroable;

    protected ?Closure $routeResolver = null;

    public function path(): string
    {
        $pattern = trim($this->getPathInfo(), '/');
        return $pattern === '' ? '/' : $pattern;
    }

    public function method(): string
    {
        return $this->getMethod();
    }

    public function input(?string $key = null, mixed $default = null): mixed
    {
        $input = $this->request->all() + $this->query->all();
        return is_null($key) ? $input : ($input[$key] ?? $default);
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers->get(strtolower($key), $default);
    }

    public function ip(): ?string
    {
        return $this->server->get('REMOTE_ADDR');
    }

    public function setRouteResolver(Closure $callback): static
    {
        $this->routeResolver = $callback;
        return $this;
    }

    public function route(?string $param = null, mixed $default = null): mixed
    {
        $route = $this->routeResolver ? ($this->routeResolver)() : null;
        if (is_null($route) || is_null($param)) {
            return $route;
        }
        return $route->parameter($param, $default);
    }
}
