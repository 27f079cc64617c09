<?php

declare(strict_types=1);

namespace App\Http;

use App\Checkout\Cart;
use App\Checkout\CheckoutAuditSubscriber;
use App\Checkout\CheckoutCompleted;
use App\Checkout\CheckoutStarted;
use App\Event\EventDispatcher;
use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

/**
 * Request-scoped: the kernel creates a dispatcher for every request so that
 * listeners never see another request's events.
 */
final class CheckoutController
{
    public function __construct(private readonly EventDispatcher $events)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $body = $request->parsedBody;
        $cart = new Cart($body['cart_id'], $body['customer'], $body['lines'], $body['note']);

        $audit = new CheckoutAuditSubscriber($request->headers['x-request-id'] ?? '-');
        $this->events->addSubscriber($audit);

        $this->events->dispatch(CheckoutStarted::class, new CheckoutStarted($cart));
        $total = $cart->total();
        $this->events->dispatch(CheckoutCompleted::class, new CheckoutCompleted($cart, $total));

        return new Response(201, json_encode(['cart' => $cart->id, 'total' => $total, 'audit' => count($audit->trail())]));
    }
}
