<?php

declare(strict_types=1);

namespace App\Http;

use App\Entity\OrderRepository;
use Spiral\RoadRunner\Http\Request;

final class OrderController
{
    public function __construct(private readonly OrderRepository $orders) {}

    /** @return array{int, string} */
    public function show(Request $request): array
    {
        $order = $this->orders->find((int) basename($request->path));
        if ($order === null) {
            return [404, '{"error":"not found"}'];
        }
        $lines = [];
        foreach ($order->getLines() as $line) {
            $lines[] = ['sku' => $line->getSku(), 'qty' => $line->getQuantity()];
        }

        return [200, json_encode(['number' => $order->getNumber(), 'lines' => $lines, 'items' => $order->totalQuantity()]) ?: '{}'];
    }
}
