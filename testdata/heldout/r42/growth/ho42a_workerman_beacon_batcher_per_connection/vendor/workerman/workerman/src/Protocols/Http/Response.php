<?php

declare(strict_types=1);

namespace Workerman\Protocols\Http;

class Response
{
    public function __construct(
        public readonly int $status = 200,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {
    }

    public function __toString(): string
    {
        return "HTTP/1.1 {$this->status}\r\nContent-Length: " . strlen($this->body) . "\r\n\r\n" . $this->body;
    }
}
