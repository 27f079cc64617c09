<?php

namespace Illuminate\Http;

class Response
{
    public function __construct(private string $content = '', private int $status = 200, private array $headers = [])
    {
    }

    public function getStatusCode(): int
    {
        return $this->status;
    }

    public function getContent(): string
    {
        return $this->content;
    }
}
