<?php

namespace App\Controller;

use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class OrderController
{
    /**
     * @param array<string, string> $params
     */
    public function dispatch(string $action, ServerRequestInterface $request, array $params): ResponseInterface
    {
        $payload = json_decode((string) $request->getBody(), true) ?: [];

        return match ($action) {
            'health' => new Response(200, [], 'ok'),
            'store' => $this->json(201, ['id' => (int) $params['id'], 'customer' => $payload['customer'] ?? null, 'status' => 'accepted']),
            'show' => $this->json(200, ['id' => (int) $params['id'], 'status' => 'pending']),
            default => $this->json(405, ['error' => 'method not allowed']),
        };
    }

    private function json(int $status, array $data): ResponseInterface
    {
        return new Response($status, ['Content-Type' => 'application/json'], json_encode($data));
    }
}
