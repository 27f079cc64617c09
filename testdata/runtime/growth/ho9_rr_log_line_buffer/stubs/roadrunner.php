<?php

namespace Spiral\RoadRunner\Http;

final class Request { public function __construct(public string $method, public string $uri, public array $body = []) {} }

final class HttpWorker
{
    private int $served = 0;

    public function __construct(private int $max) {}

    public function waitRequest(): ?Request
    {
        if ($this->served >= $this->max) return null;
        $this->served++;
        return new Request('POST', '/checkout', ['cart' => 'C-' . $this->served, 'customer' => 'cust-' . ($this->served % 40)]);
    }

    public function respond(int $status, string $body): void {}
}
