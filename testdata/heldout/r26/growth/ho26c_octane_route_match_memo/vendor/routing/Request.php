<?php

namespace Routing;

final class Request
{
    public array $attributes = [];

    public function __construct(
        private string $method,
        private string $pathInfo,
        public array $query = [],
        public array $headers = [],
    ) {
    }

    public function getMethod(): string { return $this->method; }
    public function getPathInfo(): string { return $this->pathInfo; }
}
