<?php

namespace App\Http;

final class Request
{
    /**
     * @param array<string, string> $query
     * @param array<string, string> $post
     * @param array<string, string> $cookies
     * @param array<string, mixed>  $server
     */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query,
        public readonly array $post,
        public readonly array $cookies,
        public readonly array $server,
    ) {
    }

    public static function createFromGlobals(): self
    {
        $uri = $_SERVER['REQUEST_URI'] ?? '/';

        return new self($_SERVER['REQUEST_METHOD'] ?? 'GET', (string) parse_url($uri, PHP_URL_PATH), $_GET, $_POST, $_COOKIE, $_SERVER);
    }

    public function cookie(string $name): ?string
    {
        return $this->cookies[$name] ?? null;
    }

    public function header(string $name): ?string
    {
        return $this->server['HTTP_' . strtoupper(str_replace('-', '_', $name))] ?? null;
    }

    public function clientIp(): string
    {
        return $this->server['REMOTE_ADDR'] ?? '127.0.0.1';
    }
}
