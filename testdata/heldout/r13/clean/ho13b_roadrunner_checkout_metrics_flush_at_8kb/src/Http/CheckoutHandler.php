<?php

declare(strict_types=1);

namespace App\Http;

use App\Metrics\MetricsBuffer;
use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

final class CheckoutHandler
{
    public function __construct(private MetricsBuffer $metrics)
    {
    }

    public function handle(ServerRequest $request): Response
    {
        $started = hrtime(true);
        $cart = $request->parsedBody['cart'];
        $tenant = $request->getHeaderLine('x-tenant');
        $traceId = $request->getHeaderLine('x-request-id');

        $total = 0;
        foreach ($cart['items'] as $item) {
            $total += $item['price'] * $item['qty'];
        }

        $tags = [
            'tenant' => $tenant,
            'route' => 'checkout.submit',
            'payment_method' => $cart['payment'],
            'request_id' => $traceId,
            'region' => 'eu-central-1',
            'pod' => 'checkout-7f9c6d5b8-x2k4p',
        ];
        $this->metrics->increment('orders.submitted', $tags);
        $this->metrics->gauge('cart.value_cents', $total, $tags);
        $this->metrics->gauge('cart.items', count($cart['items']), $tags);
        $this->metrics->timing('request.duration', (hrtime(true) - $started) / 1e6, $tags);

        return new Response(201, json_encode(['order' => $cart['id'], 'total' => $total]));
    }
}
