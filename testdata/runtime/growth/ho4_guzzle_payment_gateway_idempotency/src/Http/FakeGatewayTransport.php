<?php

declare(strict_types=1);

namespace App\Http;

use GuzzleHttp\Psr7\Response;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;

/**
 * Stands in for the cURL handler in the sandbox environment.
 */
final class FakeGatewayTransport
{
    private int $counter = 0;

    public function __invoke(RequestInterface $request, array $options): ResponseInterface
    {
        $this->counter++;
        if (!$request->hasHeader('Authorization')) {
            return new Response(401, ['Content-Type' => 'application/json'], '{"error":"unauthorized"}');
        }

        $key = $request->getHeaderLine('Idempotency-Key');

        return new Response(200, ['Content-Type' => 'application/json', 'Request-Id' => 'req_' . $this->counter], json_encode([
            'id' => 'pi_' . substr($key !== '' ? $key : md5((string) $this->counter), 0, 24),
            'status' => 'succeeded',
        ], JSON_THROW_ON_ERROR));
    }
}
