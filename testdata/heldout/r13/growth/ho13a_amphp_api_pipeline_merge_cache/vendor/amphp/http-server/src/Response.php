<?php

namespace Amp\Http\Server;

final class Response
{
    public function __construct(private int $status = 200, private array $headers = [], private string $body = '')
    {
    }

    public function withHeader(string $name, string $value): self
    {
        $clone = clone $this;
        $clone->headers[strtolower($name)] = $value;

        return $clone;
    }

    public function getStatus(): int
    {
        return $this->status;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}
