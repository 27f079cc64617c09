<?php

declare(strict_types=1);

namespace Shop\Http;

use Shop\Persistence\OrderRepository;

final class OrderController
{
    public function __construct(private OrderRepository $orders)
    {
    }

    /**
     * @return array{status: int, body: string}
     */
    public function show(int $id): array
    {
        $order = $this->orders->find($id);
        if ($order === null) {
            return ['status' => 404, 'body' => '{"error":"not found"}'];
        }

        $lines = [];
        foreach ($order->getLines() as $line) {
            $lines[] = [
                'sku' => $line->getSku(),
                'qty' => $line->getQuantity(),
                'subtotal' => $line->getSubtotalCents(),
            ];
        }

        $body = json_encode([
            'id' => $order->getId(),
            'email' => $order->getCustomerEmail(),
            'placed' => $order->getPlacedAt()->format(DATE_ATOM),
            'total' => $order->getTotalCents(),
            'lines' => $lines,
        ], JSON_THROW_ON_ERROR);

        return ['status' => 200, 'body' => $body];
    }
}
