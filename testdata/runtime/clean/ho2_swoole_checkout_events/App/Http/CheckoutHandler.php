<?php

declare(strict_types=1);

namespace App\Http;

use App\Events\OrderPlaced;
use Framework\Support\Facades\Event;
use Swoole\Http\Request;
use Swoole\Http\Response;

final class CheckoutHandler
{
    private int $orders = 0;

    public function __invoke(Request $request, Response $response): void
    {
        $payload = $request->post ?? [];
        $items = $payload['items'] ?? [];
        $total = array_sum(array_map(static fn (array $i): int => $i['qty'] * $i['price'], $items));
        $orderNumber = sprintf('ORD-%s-%06d', date('Ymd', 1700000000), ++$this->orders);

        $event = Event::dispatch(new OrderPlaced($orderNumber, (string) ($payload['customer_email'] ?? ''), $items, $total));
        $response->header('X-Order-Number', $event->orderNumber);
        $response->header('X-Request-Id', $request->header['x-request-id'] ?? '');

        $response->status(201);
        $response->header('Content-Type', 'application/json');
        $response->end(json_encode(['order' => $orderNumber, 'total' => $total]) ?: '{}');
    }
}
