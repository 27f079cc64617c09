<?php

namespace Framework;

final class Response
{
    public function __construct(
        public readonly int $status,
        public readonly string $body,
        public readonly array $headers = ['Content-Type' => 'text/html; charset=utf-8'],
    ) {
    }
}
