<?php

namespace App\Handler;

use App\Event\OrderPlaced;
use Nyholm\Psr7\Response;
use Psr\EventDispatcher\EventDispatcherInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class PlaceOrderHandler implements RequestHandlerInterface
{
    public function __construct(private EventDispatcherInterface $events)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $data = json_decode((string) $request->getBody(), true);
        if (!is_array($data) || !isset($data['order_id'], $data['customer'])) {
            return new Response(422, ['Content-Type' => 'application/json'], '{"error":"invalid order"}');
        }
        $event = $this->events->dispatch(new OrderPlaced((int) $data['order_id'], (string) $data['customer'], (string) ($data['note'] ?? ''), time()));

        return new Response(201, ['Content-Type' => 'application/json'], json_encode([
            'id' => $event->orderId,
            'confirmation' => $event->confirmationNumber,
        ]));
    }
}
