<?php

namespace App\Controller;

use App\Idempotency\IdempotencyGuard;

final class OrderController
{
    public function __construct(private IdempotencyGuard $guard)
    {
    }

    /**
     * @return array{status: int, body: array<string, mixed>}
     */
    public function store(string $idempotencyKey, string $content, int $requestTime): array
    {
        $payload = json_decode($content, true);
        if (!is_array($payload) || !isset($payload['order_id'])) {
            return ['status' => 422, 'body' => ['error' => 'invalid order']];
        }
        if (!$this->guard->remember($idempotencyKey, $payload, $requestTime)) {
            return ['status' => 409, 'body' => ['error' => 'duplicate request', 'key' => $idempotencyKey]];
        }

        return ['status' => 201, 'body' => ['id' => $payload['order_id'], 'status' => 'accepted']];
    }
}
