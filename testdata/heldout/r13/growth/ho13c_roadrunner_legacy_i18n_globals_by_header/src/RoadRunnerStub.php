<?php

// Minimal stand-in for spiral/roadrunner-http's PSR7Worker and a PSR-7 message
// pair: enough for the worker loop below.

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

final class ServerRequest
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        private readonly array $headers,
        public readonly array $attributes = [],
    ) {
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

final class PSR7Worker
{
    private int $served = 0;
    private ?Response $last = null;

    public function __construct(private readonly int $maxJobs)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }
        $i = ++$this->served;
        $primary = ['de-DE', 'fr-CH', 'en-GB', 'pt-BR', 'es-MX'][$i % 5];

        return new ServerRequest('GET', '/account/' . (1000 + $i), [
            'accept-language' => sprintf('%s,%s;q=0.9,en;q=0.%d', $primary, substr($primary, 0, 2), $i),
            'x-request-id' => bin2hex(random_bytes(8)),
        ], ['customer' => 'customer-' . ($i % 37)]);
    }

    public function respond(Response $response): void
    {
        $this->last = $response;
    }
}
