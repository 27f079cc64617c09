<?php

namespace App\Controller;

use App\Entity\Order;
use App\Event\OrderPlacedEvent;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Contracts\EventDispatcher\EventDispatcherInterface;

final class CheckoutController extends AbstractController
{
    public function __construct(private EventDispatcherInterface $dispatcher)
    {
    }

    #[Route('/checkout/orders', name: 'checkout_place_order', methods: ['POST'])]
    public function placeOrder(Request $request): JsonResponse
    {
        $payload = $request->toArray();
        $order = new Order($payload['id'], $payload['email'], $payload['lines'], $payload['address']);
        $this->dispatcher->dispatch(new OrderPlacedEvent($order));

        return $this->json(['id' => $order->id, 'total' => $order->total()], 201);
    }
}
