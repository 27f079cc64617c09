<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

/**
 * Stand-in for spiral/roadrunner-http: requests arrive from the relay one
 * at a time; respond() writes the answer back.
 */
final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
        public readonly array $parsedBody,
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
    private int $responses = 0;

    /** @param \Iterator<ServerRequest> $relay */
    public function __construct(private \Iterator $relay)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if (!$this->relay->valid()) {
            return null;
        }
        $request = $this->relay->current();
        $this->relay->next();

        return $request;
    }

    public function respond(Response $response): void
    {
        $this->responses++;
    }
}
