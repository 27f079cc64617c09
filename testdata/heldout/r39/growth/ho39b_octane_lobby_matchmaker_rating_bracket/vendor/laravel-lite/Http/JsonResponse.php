<?php

namespace Illuminate\Http;

class JsonResponse
{
    public function __construct(public readonly array $data, public readonly int $status = 200)
    {
    }
}
