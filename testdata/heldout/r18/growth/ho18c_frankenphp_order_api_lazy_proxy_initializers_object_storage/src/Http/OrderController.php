<?php

declare(strict_types=1);

namespace App\Http;

use App\Orm\OrderRepository;

final class OrderController
{
    public function __construct(private readonly OrderRepository $orders) {}

    /** @param array{id: int, tenant: string, locale: string, expand: list<string>} $request */
    public function show(array $request): string
    {
        $order = $this->orders->find($request['id'], $request['tenant'], $request['locale']);
        $payload = [
            'number' => $order->number,
            'total' => $order->totalCents(),
            'customer' => ['id' => $order->customer->id()],
            'shipping_address' => ['id' => $order->shippingAddress->id()],
        ];
        if (\in_array('customer', $request['expand'], true)) {
            $payload['customer']['name'] = $order->customer->displayName();
            $payload['shipping_address']['line'] = $order->shippingAddress->oneLine();
        }

        return json_encode($payload, JSON_THROW_ON_ERROR);
    }
}
