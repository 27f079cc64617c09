<?php

declare(strict_types=1);

namespace Amp\Http\Server;

final class Response
{
    /** @var array<string, string> */
    private array $headers;

    public function __construct(private int $status = 200, array $headers = [], private string $body = '')
    {
        $this->headers = array_change_key_case($headers);
    }

    public function getStatus(): int
    {
        return $this->status;
    }

    public function getHeader(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}
