<?php
// Stripped-down illuminate/http request.

namespace Illuminate\Http;

class Request
{
    public function __construct(public array $query = [], public array $attributes = []) {}
    public function user(): ?object { return $this->attributes['user'] ?? null; }
    public function route(string $param): mixed { return $this->attributes['route'][$param] ?? null; }
}
