<?php

namespace Illuminate\Http;

class JsonResponse
{
    public function __construct(public array $data = [], public int $status = 200)
    {
    }

    public function getContent(): string
    {
        return json_encode($this->data, JSON_THROW_ON_ERROR);
    }
}
