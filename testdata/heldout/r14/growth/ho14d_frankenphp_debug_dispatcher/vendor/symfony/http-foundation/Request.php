<?php

namespace Symfony\Component\HttpFoundation;

class Request
{
    public array $attributes = [];

    public function __construct(public array $query, public array $server, public array $cookies, public array $headers)
    {
    }

    public static function createFromGlobals(): static
    {
        $headers = [];
        foreach ($_SERVER as $key => $value) {
            if (str_starts_with($key, 'HTTP_')) {
                $headers[strtolower(str_replace('_', '-', substr($key, 5)))] = $value;
            }
        }

        return new static($_GET, $_SERVER, $_COOKIE, $headers);
    }

    public function getPathInfo(): string
    {
        return parse_url($this->server['REQUEST_URI'] ?? '/', PHP_URL_PATH);
    }
}

class Response
{
    public function __construct(public string $content = '', public int $status = 200, public array $headers = [])
    {
    }

    public function send(): void
    {
        // headers and body go to the FrankenPHP request; nothing printed here
    }
}

class RequestStack
{
    private array $requests = [];

    public function push(Request $request): void
    {
        $this->requests[] = $request;
    }

    public function pop(): ?Request
    {
        return array_pop($this->requests);
    }

    public function getCurrentRequest(): ?Request
    {
        return end($this->requests) ?: null;
    }
}
