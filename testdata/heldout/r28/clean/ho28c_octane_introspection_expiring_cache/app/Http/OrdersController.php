<?php

namespace App\Http;

final class OrdersController
{
    public function index(array $request): array
    {
        if (!in_array('orders:read', $request['auth']['scopes'], true)) {
            return ['status' => 403, 'body' => 'insufficient_scope'];
        }

        return [
            'status' => 200,
            'body' => json_encode(['owner' => $request['auth']['sub'], 'orders' => []]),
        ];
    }
}
