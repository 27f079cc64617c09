<?php

declare(strict_types=1);

namespace Micro\Middleware;

use Micro\Http\Request;
use Micro\Http\Response;
use Micro\RequestHandlerInterface;

final class JsonBodyMiddleware implements MiddlewareInterface
{
    public function process(Request $request, RequestHandlerInterface $handler): Response
    {
        if (!str_contains((string) $request->header('content-type'), 'json')) {
            return $handler->handle($request);
        }
        try {
            $data = json_decode($request->body, true, 32, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            return new Response(400, ['content-type' => 'application/json'], '{"error":"invalid json"}');
        }
        return $handler->handle($request->withAttribute('parsed_body', $data));
    }
}
