<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

/** Minimal PSR-7-ish request used by the worker stand-in. */
final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers = [],
        public readonly array $parsedBody = [],
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

/**
 * Stand-in for Spiral\RoadRunner\Http\PSR7Worker: hands out requests that the
 * RoadRunner server would relay over the pipe relay.
 */
final class PSR7Worker
{
    private int $sent = 0;

    public function __construct(private int $limit)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->sent >= $this->limit) {
            return null;
        }
        $n = $this->sent++;
        return new ServerRequest(
            'PATCH',
            '/admin/users/' . (500 + $n),
            ['x-admin-user' => 'ops-' . ($n % 7), 'x-request-id' => sprintf('req-%08x', $n)],
            ['role' => $n % 2 ? 'editor' : 'viewer', 'note' => 'Role change requested via admin console'],
        );
    }

    public function respond(Response $response): void
    {
        // the real worker writes the response frame to the relay
    }
}
