<?php

declare(strict_types=1);

namespace App\Http;

use App\Pos\LineFactory;
use App\Pos\Order;
use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

final class CheckController
{
    public function __construct(private readonly LineFactory $lines)
    {
    }

    public function open(ServerRequest $request): Response
    {
        $payload = json_decode($request->getBody(), true, 16, JSON_THROW_ON_ERROR);
        $order = new Order($payload['check'], $payload['table'], $payload['tax_zone'], $this->lines);
        foreach ($payload['items'] as $item) {
            $order->addItem($item);
        }

        $tickets = array_map(static fn ($line) => $line->kitchenLabel(), $order->lines());

        return new Response(201, json_encode([
            'check' => $order->checkNumber,
            'total_cents' => $order->total(),
            'kitchen' => $tickets,
        ], JSON_THROW_ON_ERROR));
    }
}
