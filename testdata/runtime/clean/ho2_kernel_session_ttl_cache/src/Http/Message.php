<?php

declare(strict_types=1);

namespace Lattice\Http;

final class Request
{
    /**
     * @param array<string, string> $cookies
     * @param array<string, string> $server
     */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $cookies = [],
        public readonly array $server = [],
    ) {}

    public function clientIp(): string
    {
        return $this->server['REMOTE_ADDR'] ?? '127.0.0.1';
    }
}

final class Response
{
    /** @var array<string, string> */
    public array $cookies = [];

    public function __construct(
        public int $status = 200,
        public string $content = '',
    ) {}
}
