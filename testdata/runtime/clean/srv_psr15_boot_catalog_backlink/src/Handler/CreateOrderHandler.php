<?php

namespace App\Handler;

use App\Catalog\Catalog;
use App\Domain\Order;
use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class CreateOrderHandler implements RequestHandlerInterface
{
    public function __construct(private Catalog $catalog)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $data = $request->getParsedBody();
        if (!is_array($data) || !isset($data['order_id'], $data['customer'])) {
            return new Response(422, ['Content-Type' => 'application/json'], '{"error":"invalid order"}');
        }
        $order = new Order((int) $data['order_id'], (string) $data['customer'], (string) ($data['note'] ?? ''));
        $order->addLine('SKU-' . $order->id, 2, $this->catalog->priceOf('SKU-' . $order->id, 1250));
        $order->addLine('GIFT-WRAP', 1, $this->catalog->priceOf('GIFT-WRAP', 300));

        return new Response(201, ['Content-Type' => 'application/json'], json_encode([
            'id' => $order->id,
            'total_cents' => $order->totalCents(),
            'currency' => $this->catalog->currency,
            'status' => 'accepted',
        ]));
    }
}
