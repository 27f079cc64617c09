<?php

namespace Illuminate\Routing;

use Illuminate\Support\Traits\Macroable;

class ResponseFactory
{
    use Macroable;

    public function make(string $content = '', int $status = 200, array $headers = []): array
    {
        return ['status' => $status, 'headers' => $headers, 'content' => $content];
    }
}
