<?php

declare(strict_types=1);

namespace App\Http;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use App\Domain\Order;

final class ImportOrderHandler implements RequestHandler
{
    public int $imported = 0;

    public function handleRequest(Request $request): Response
    {
        $payload = json_decode($request->getBody(), true, 512, JSON_THROW_ON_ERROR);

        $order = new Order($payload['number'], $payload['currency'], $payload['ship_to']);
        foreach ($payload['lines'] as $line) {
            $order->addLine($line['sku'], $line['description'], $line['qty'], $line['price']);
        }

        $labels = array_map(static fn ($l): string => $l->label(), $order->lines());
        $this->imported++;

        return new Response(201, json_encode(['total' => $order->totalCents(), 'lines' => count($labels)], JSON_THROW_ON_ERROR));
    }
}
