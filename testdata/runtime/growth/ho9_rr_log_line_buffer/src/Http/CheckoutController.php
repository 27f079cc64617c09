<?php

namespace App\Http;

use Monolog\Logger;
use Spiral\RoadRunner\Http\Request;

final class CheckoutController
{
    public function __construct(private Logger $logger) {}

    public function __invoke(Request $request): string
    {
        $items = [];
        for ($i = 1; $i <= 12; $i++) {
            $items[] = ['sku' => sprintf('SKU-%s-%02d', $request->body['cart'], $i), 'qty' => $i, 'price' => 1250 + $i * 10];
        }
        $this->logger->info('checkout completed', ['cart' => $request->body['cart'], 'customer' => $request->body['customer'], 'items' => $items]);
        return json_encode(['status' => 'ok', 'cart' => $request->body['cart']]);
    }
}
