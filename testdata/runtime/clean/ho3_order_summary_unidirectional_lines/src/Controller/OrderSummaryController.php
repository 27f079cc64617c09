<?php

declare(strict_types=1);

namespace App\Controller;

use App\Entity\OrderLine;
use App\Http\JsonResponse;
use App\Repository\OrderRepository;

/**
 * GET /api/orders/{id}/summary
 */
final class OrderSummaryController
{
    public function __construct(private readonly OrderRepository $orders) {}

    public function __invoke(int $id): JsonResponse
    {
        $order = $this->orders->find($id);
        if ($order === null) {
            return new JsonResponse(['error' => 'Order not found'], 404);
        }

        return new JsonResponse([
            'number' => $order->getNumber(),
            'status' => $order->getStatus(),
            'placedAt' => $order->getPlacedAt()->format(\DATE_ATOM),
            'total' => $order->getTotalCents() / 100,
            'lines' => array_map(static fn (OrderLine $l): array => [
                'sku' => $l->getSku(),
                'qty' => $l->getQuantity(),
            ], $order->getLines()),
        ], 200, ['Cache-Control' => 'private, max-age=30']);
    }
}
