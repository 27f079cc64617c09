<?php

namespace Illuminate\Http;

class JsonResponse
{
    private string $content;

    public function __construct(array $data, private int $status = 200)
    {
        $this->content = (string) json_encode($data);
    }

    public function getContent(): string
    {
        return $this->content;
    }
}
