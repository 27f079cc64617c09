<?php

namespace App\Http\Controllers;

use App\Support\Facades\Metrics;

final class CheckoutController
{
    public function store(array $request): string
    {
        $total = array_sum(array_column($request['items'], 'price'));
        Metrics::record('checkout.total', $total, [
            'order' => $request['order'],
            'coupon' => $request['coupon'],
            'items' => implode(',', array_column($request['items'], 'sku')),
        ]);
        return json_encode(['order' => $request['order'], 'total' => $total]);
    }
}
