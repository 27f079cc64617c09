<?php

namespace Illuminate\Http;

class Response
{
    public function __construct(
        public string $content = '',
        public int $status = 200,
        public array $headers = [],
    ) {
    }

    public function header(string $name, string $value): static
    {
        $this->headers[$name] = $value;

        return $this;
    }
}
