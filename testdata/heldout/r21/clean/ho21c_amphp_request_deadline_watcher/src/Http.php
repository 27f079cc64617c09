<?php

declare(strict_types=1);

namespace App\Http;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query,
        public readonly string $body,
        public readonly string $clientAddress,
    ) {
    }
}

final class Response
{
    public function __construct(
        public readonly int $status,
        public readonly string $body,
        public readonly array $headers = ['content-type' => 'application/json'],
    ) {
    }
}

interface RequestHandler
{
    public function handleRequest(Request $request): Response;
}
