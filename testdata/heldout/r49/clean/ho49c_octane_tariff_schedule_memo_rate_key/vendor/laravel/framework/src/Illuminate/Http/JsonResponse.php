<?php

namespace Illuminate\Http;

class JsonResponse
{
    private string $content;

    public function __construct(mixed $data = [], private int $status = 200)
    {
        $this->content = json_encode($data, JSON_THROW_ON_ERROR);
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
