<?php

declare(strict_types=1);

namespace App\Order;

use Amp\Http\Server\{Request, RequestHandler, Response};

final class PlaceOrderHandler implements RequestHandler
{
    public function __construct(private EventBus $events, private Mailer $mailer)
    {
        $this->events->subscribe(OrderPlaced::class, function (OrderPlaced $event): void {
            $this->mailer->send($event->order->email, "Order {$event->order->id} received");
        });
    }

    public function handleRequest(Request $request): Response
    {
        $payload = json_decode($request->getBody(), true, flags: JSON_THROW_ON_ERROR);
        $order = new Order(bin2hex(random_bytes(8)), $payload['email'], $payload['lines']);

        $this->events->dispatch(new OrderPlaced($order));

        return new Response(201, ['location' => "/orders/{$order->id}"], json_encode(['id' => $order->id]));
    }
}
