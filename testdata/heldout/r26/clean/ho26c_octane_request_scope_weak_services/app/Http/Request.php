<?php

namespace App\Http;

final class Request
{
    public function __construct(
        public readonly string $id,
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers,
        public readonly array $query = [],
    ) {
    }
}
