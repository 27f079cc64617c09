<?php

declare(strict_types=1);

namespace HttpLite;

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body = '')
    {
    }
}

final class Client
{
    private array $config;

    public function __construct(array $config = [])
    {
        $this->config = $config + [
            'timeout' => 10.0,
            'connect_timeout' => 2.0,
            'http_errors' => true,
            'headers' => ['User-Agent' => 'http-lite/2.4 PHP/' . PHP_VERSION],
            'allow_redirects' => ['max' => 3, 'strict' => true, 'referer' => false, 'protocols' => ['https']],
        ];
    }

    public function post(string $uri, array $options = []): Response
    {
        $base = rtrim((string) ($this->config['base_uri'] ?? ''), '/');
        $target = $uri === '' ? $base : $base . '/' . ltrim($uri, '/');
        $body = $options['body'] ?? '';

        return new Response(str_starts_with($target, 'https://') ? 202 : 400, (string) strlen($body));
    }
}
