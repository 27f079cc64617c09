<?php

namespace App\Http\Controllers;

use App\Support\Facades\Audit;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class OrderController
{
    public function show(Request $request): JsonResponse
    {
        $orderId = (int) $request->route('order');
        $include = array_filter(explode(',', $request->query['include'] ?? ''));

        Audit::record('order.viewed', [
            'order_id' => $orderId,
            'include' => $include,
            'ip' => $request->ip(),
            'user_agent' => $request->userAgent(),
        ]);

        return new JsonResponse([
            'id' => $orderId,
            'status' => ['pending', 'paid', 'shipped'][$orderId % 3],
            'total' => ($orderId % 977) * 1.25,
        ]);
    }
}
