<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

final class ServerRequest
{
    public function __construct(public readonly string $uri, private array $parsedBody)
    {
    }

    public function getParsedBody(): array
    {
        return $this->parsedBody;
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
    private int $limit;
    private ?Response $last = null;

    public function __construct()
    {
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        $this->limit = $n;
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;

        return new ServerRequest('/account/profile', [
            'email' => sprintf('user%d@example.test', $i),
            'display_name' => 'Customer number ' . $i,
            'bio' => str_repeat('I enjoy long walks and well-typed code. ', 8),
        ]);
    }

    public function respond(Response $response): void
    {
        $this->last = $response;
    }
}
