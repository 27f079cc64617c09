<?php

namespace Illuminate\Http;

class JsonResponse extends Response
{
    public function __construct(mixed $data = null, int $status = 200, array $headers = [])
    {
        parent::__construct(json_encode($data), $status, $headers + ['content-type' => 'application/json']);
    }
}
