<?php

namespace App\Middleware;

use App\Http\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * Replays the stored response when a client retries a POST with the same Idempotency-Key.
 */
final class IdempotencyMiddleware implements MiddlewareInterface
{
    /** @var array<string, array{fingerprint: string, status: int, headers: array, body: string}> */
    private array $responses = [];

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $key = $request->getHeaderLine('idempotency-key');
        if ('POST' !== $request->getMethod() || '' === $key) {
            return $handler->handle($request);
        }

        $fingerprint = hash('sha256', $request->getUri() . "\n" . $request->getBody());
        if (isset($this->responses[$key])) {
            $stored = $this->responses[$key];
            if ($stored['fingerprint'] !== $fingerprint) {
                return new Response(422, ['Content-Type' => 'application/problem+json'], '{"title":"Idempotency key reused with a different payload"}');
            }

            return (new Response($stored['status'], $stored['headers'], $stored['body']))->withHeader('Idempotent-Replayed', 'true');
        }

        $response = $handler->handle($request);
        $this->remember($key, $fingerprint, $response);

        return $response;
    }

    private function remember(string $key, string $fingerprint, ResponseInterface $response): void
    {
        $this->responses[$key] = [ // leak
            'fingerprint' => $fingerprint,
            'status' => $response->getStatusCode(),
            'headers' => $response->getHeaders(),
            'body' => $response->getBody(),
        ];
    }
}
