<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(public string $method, public string $path, public array $input = []) {}

    public function input(string $key, mixed $default = null): mixed { return $this->input[$key] ?? $default; }
}
