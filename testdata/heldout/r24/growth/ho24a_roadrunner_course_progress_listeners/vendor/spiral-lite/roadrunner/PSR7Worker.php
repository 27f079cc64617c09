<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        private readonly array $parsedBody,
        private readonly array $attributes = [],
    ) {
    }

    public function getParsedBody(): array
    {
        return $this->parsedBody;
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body, public readonly array $headers = [])
    {
    }
}

/**
 * Stand-in for the goridge relay: the RoadRunner server pushes one request
 * frame per waitRequest() call.
 */
final class InMemoryRelay
{
    private int $served = 0;

    /** @param \Closure(int): ServerRequest $frames */
    public function __construct(private readonly int $limit, private readonly \Closure $frames)
    {
    }

    public function receive(): ?ServerRequest
    {
        return $this->served < $this->limit ? ($this->frames)($this->served++) : null;
    }

    public function send(Response $response): void
    {
    }
}

final class PSR7Worker
{
    public function __construct(private readonly InMemoryRelay $relay)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        return $this->relay->receive();
    }

    public function respond(Response $response): void
    {
        $this->relay->send($response);
    }
}
