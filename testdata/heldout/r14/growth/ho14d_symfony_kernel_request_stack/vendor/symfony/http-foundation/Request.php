<?php

namespace Symfony\Component\HttpFoundation;

class Request
{
    public array $attributes = [];
    private ?string $format = null;

    public function __construct(
        public array $query = [],
        public array $request = [],
        public array $cookies = [],
        public array $server = [],
        public array $headers = [],
        private readonly ?string $content = null,
    ) {
    }

    public function getMethod(): string
    {
        return $this->server['REQUEST_METHOD'] ?? 'GET';
    }

    public function getPathInfo(): string
    {
        return parse_url($this->server['REQUEST_URI'] ?? '/', PHP_URL_PATH);
    }

    public function getPreferredFormat(string $default = 'html'): string
    {
        if ($this->format !== null) {
            return $this->format;
        }
        $accept = $this->headers['accept'] ?? '';

        return $this->format = match (true) {
            str_contains($accept, 'json') => 'json',
            str_contains($accept, 'csv') => 'csv',
            str_contains($accept, 'xml') => 'xml',
            default => $default,
        };
    }

    public function getContent(): string
    {
        return $this->content ?? '';
    }
}

class Response
{
    public function __construct(public string $content = '', public int $statusCode = 200, public array $headers = [])
    {
    }
}

class RequestStack
{
    /** @var Request[] */
    private array $requests = [];

    public function push(Request $request): void
    {
        $this->requests[] = $request; // leak
    }

    public function pop(): ?Request
    {
        if (!$this->requests) {
            return null;
        }

        return array_pop($this->requests);
    }

    public function getCurrentRequest(): ?Request
    {
        return end($this->requests) ?: null;
    }

    public function getMainRequest(): ?Request
    {
        return $this->requests[0] ?? null;
    }
}
