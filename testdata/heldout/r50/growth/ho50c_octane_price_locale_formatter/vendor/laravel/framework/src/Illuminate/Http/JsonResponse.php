<?php

namespace Illuminate\Http;

class JsonResponse extends Response
{
    public function __construct(array $data = [], int $status = 200, array $headers = [])
    {
        parent::__construct(json_encode($data, JSON_THROW_ON_ERROR), $status, $headers + ['Content-Type' => 'application/json']);
    }
}
