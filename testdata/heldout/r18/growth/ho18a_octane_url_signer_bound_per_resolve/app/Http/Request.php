<?php

declare(strict_types=1);

namespace App\Http;

final class Request
{
    public function __construct(
        public readonly string $scheme,
        public readonly string $host,
        public readonly string $path,
        public readonly array $query = [],
    ) {
    }

    public function root(): string
    {
        return "{$this->scheme}://{$this->host}";
    }
}
