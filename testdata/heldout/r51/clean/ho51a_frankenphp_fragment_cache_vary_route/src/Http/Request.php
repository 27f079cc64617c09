<?php

namespace App\Http;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly string $path,
        public readonly array $query,
        public readonly string $language,
    ) {
    }

    public static function fromGlobals(): self
    {
        $uri = $_SERVER['REQUEST_URI'] ?? '/';

        return new self(
            $_SERVER['REQUEST_METHOD'] ?? 'GET',
            $uri,
            parse_url($uri, PHP_URL_PATH) ?: '/',
            $_GET,
            substr($_SERVER['HTTP_ACCEPT_LANGUAGE'] ?? 'en', 0, 2),
        );
    }
}
