<?php

declare(strict_types=1);

namespace App\Http;

final class Request
{
    public array $attributes = [];

    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers = [],
        public readonly string $content = '',
    ) {
    }
}

final class Response
{
    public function __construct(public int $status = 200, public array $headers = [], public string $content = '')
    {
    }
}

final class Route
{
    public function __construct(
        public readonly string $name,
        public readonly string $pattern,
        public readonly array $parameters,
        public readonly array $middleware,
        public readonly array $meta = [],
    ) {
    }
}
