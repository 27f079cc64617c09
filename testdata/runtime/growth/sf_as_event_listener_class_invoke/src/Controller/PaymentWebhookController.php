<?php

namespace App\Controller;

use App\Event\InvoicePaidEvent;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Contracts\EventDispatcher\EventDispatcherInterface;

final class PaymentWebhookController extends AbstractController
{
    public function __construct(private EventDispatcherInterface $dispatcher)
    {
    }

    #[Route('/webhooks/payments', name: 'webhook_payments', methods: ['POST'])]
    public function receive(Request $request): JsonResponse
    {
        $payload = $request->toArray();
        if ('invoice.paid' === $payload['type']) {
            $data = $payload['data'];
            $this->dispatcher->dispatch(new InvoicePaidEvent($data['number'], $data['email'], $data['amount'], $data['currency']));
        }

        return $this->json(['received' => true]);
    }
}
