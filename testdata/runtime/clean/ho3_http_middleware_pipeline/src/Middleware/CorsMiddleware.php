<?php

declare(strict_types=1);

namespace Micro\Middleware;

use Micro\Http\Request;
use Micro\Http\Response;
use Micro\RequestHandlerInterface;

final class CorsMiddleware implements MiddlewareInterface
{
    /**
     * @param list<string> $allowedOrigins
     */
    public function __construct(private array $allowedOrigins)
    {
    }

    public function process(Request $request, RequestHandlerInterface $handler): Response
    {
        $origin = $request->header('origin');
        if ($request->method === 'OPTIONS') {
            return new Response(204, $this->headersFor($origin));
        }
        $response = $handler->handle($request);
        foreach ($this->headersFor($origin) as $name => $value) {
            $response = $response->withHeader($name, $value);
        }
        return $response;
    }

    /**
     * @return array<string, string>
     */
    private function headersFor(?string $origin): array
    {
        if ($origin === null || !in_array($origin, $this->allowedOrigins, true)) {
            return [];
        }
        return [
            'Access-Control-Allow-Origin' => $origin,
            'Access-Control-Allow-Credentials' => 'true',
            'Vary' => 'Origin',
        ];
    }
}
