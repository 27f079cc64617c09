<?php

declare(strict_types=1);

namespace Micro\Middleware;

use Micro\Http\Request;
use Micro\Http\Response;

final class JsonBodyMiddleware extends AbstractMiddleware
{
    public function process(Request $request): Response
    {
        if (!str_contains((string) $request->header('content-type'), 'json')) {
            return $this->next($request);
        }
        try {
            $data = json_decode($request->body, true, 32, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            return new Response(400, ['content-type' => 'application/json'], '{"error":"invalid json"}');
        }
        return $this->next($request->withAttribute('parsed_body', $data));
    }
}
