<?php
namespace Illuminate\Http;

class Request
{
    protected ?\Closure $userResolver = null;

    public function __construct(
        public array $query = [],
        public array $request = [],
        public array $attributes = [],
        public array $cookies = [],
        public array $files = [],
        public array $server = [],
        protected ?string $content = null,
    ) {
    }

    public static function create(string $uri, string $method = 'GET', array $parameters = [], array $cookies = [], array $files = [], array $server = [], ?string $content = null): static
    {
        $parts = parse_url($uri);
        parse_str($parts['query'] ?? '', $query);
        $server = array_replace([
            'REQUEST_METHOD' => strtoupper($method),
            'REQUEST_URI' => $uri,
            'PATH_INFO' => $parts['path'] ?? '/',
            'SERVER_NAME' => 'localhost',
        ], $server);
        return new static($query, $parameters, [], $cookies, $files, $server, $content);
    }

    public function method(): string
    {
        return $this->server['REQUEST_METHOD'];
    }

    public function path(): string
    {
        $path = trim($this->server['PATH_INFO'] ?? '/', '/');
        return $path === '' ? '/' : $path;
    }

    public function fullUrl(): string
    {
        return 'https://' . ($this->server['HTTP_HOST'] ?? 'localhost') . $this->server['REQUEST_URI'];
    }

    public function ip(): ?string
    {
        return $this->server['REMOTE_ADDR'] ?? null;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->server['HTTP_' . strtoupper(str_replace('-', '_', $key))] ?? $default;
    }

    public function route(string $param): ?string
    {
        return $this->attributes['route.' . $param] ?? null;
    }

    public function setUserResolver(\Closure $resolver): static
    {
        $this->userResolver = $resolver;
        return $this;
    }

    public function user(): mixed
    {
        return $this->userResolver ? ($this->userResolver)() : null;
    }
}

class Response
{
    public function __construct(public string $content = '', public int $status = 200, public array $headers = [])
    {
    }

    public function header(string $key, string $value): static
    {
        $this->headers[$key] = $value;
        return $this;
    }
}
