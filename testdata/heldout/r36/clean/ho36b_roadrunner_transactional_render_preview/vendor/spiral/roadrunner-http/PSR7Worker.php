<?php

namespace Spiral\RoadRunner\Http;

final class ServerRequest
{
    public function __construct(
        private string $method,
        private string $uri,
        private array $headers,
        private string $body,
    ) {
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getPath(): string
    {
        return (string) parse_url($this->uri, PHP_URL_PATH);
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    public function getParsedBody(): array
    {
        return json_decode($this->body, true) ?? [];
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body, public readonly array $headers = [])
    {
    }
}

/**
 * Stand-in for RoadRunner's PSR-7 worker: the PHP process stays alive and
 * pulls requests from the relay until it is stopped.
 */
final class PSR7Worker
{
    private int $served = 0;

    /** @param \Closure(int): ServerRequest $relay */
    public function __construct(private \Closure $relay, private int $maxJobs)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }

        return ($this->relay)($this->served++);
    }

    public function respond(Response $response): void
    {
    }
}
