<?php
// Stripped-down symfony/http-foundation.

namespace Symfony\Component\HttpFoundation {
    class Request
    {
        public function __construct(public array $query = [], public array $attributes = [], public array $server = []) {}
    }

    class Response
    {
        public function __construct(private string $content = '', private int $status = 200, public array $headers = []) {}
    }
}
