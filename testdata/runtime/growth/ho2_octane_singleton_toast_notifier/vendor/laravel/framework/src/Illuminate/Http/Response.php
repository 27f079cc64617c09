<?php

namespace Illuminate\Http;

class Response
{
    public array $headers = [];

    public function __construct(protected string $content = '', protected int $status = 200)
    {
    }

    public function getContent(): string
    {
        return $this->content;
    }

    public function setContent(string $content): static
    {
        $this->content = $content;

        return $this;
    }

    public function status(): int
    {
        return $this->status;
    }

    public function header(string $key, string $value): static
    {
        $this->headers[$key] = $value;

        return $this;
    }
}
