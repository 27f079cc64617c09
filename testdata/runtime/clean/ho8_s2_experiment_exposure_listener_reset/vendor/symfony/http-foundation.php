<?php
// Stand-in for symfony/http-foundation: request, response and parameter bags.
namespace Symfony\Component\HttpFoundation;

class ParameterBag
{
    public function __construct(protected array $parameters = []) {}
    public function get(string $key, mixed $default = null): mixed { return $this->parameters[$key] ?? $default; }
    public function set(string $key, mixed $value): void { $this->parameters[$key] = $value; }
    public function all(): array { return $this->parameters; }
}

class Request
{
    public ParameterBag $attributes;
    public function __construct(private string $pathInfo, public ParameterBag $query, public ParameterBag $headers) { $this->attributes = new ParameterBag(); }
    public static function create(string $path, array $query = [], array $headers = []): static { return new static($path, new ParameterBag($query), new ParameterBag($headers)); }
    public function getPathInfo(): string { return $this->pathInfo; }
}

class Response
{
    public function __construct(private string $content = '', private int $status = 200) {}
    public function getContent(): string { return $this->content; }
    public function getStatusCode(): int { return $this->status; }
}
