<?php

namespace Illuminate\Http;

class JsonResponse
{
    protected string $content;

    /**
     * @param array<string, mixed>  $data
     * @param array<string, string> $headers
     */
    public function __construct(array $data = [], protected int $status = 200, protected array $headers = [])
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
