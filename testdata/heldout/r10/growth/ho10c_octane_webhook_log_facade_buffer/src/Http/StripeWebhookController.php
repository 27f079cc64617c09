<?php

declare(strict_types=1);

namespace App\Http;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

final class StripeWebhookController
{
    private const HANDLED = ['invoice.paid', 'invoice.payment_failed', 'customer.subscription.updated'];

    public function __invoke(Request $request): JsonResponse
    {
        $event = $request->input('type');
        $object = $request->input('data')['object'] ?? [];

        Log::debug('Stripe webhook received', [ // leak
            'event_id' => $request->input('id'),
            'type' => $event,
            'livemode' => $request->input('livemode'),
            'signature' => $request->header('Stripe-Signature'),
        ]);

        if (!in_array($event, self::HANDLED, true)) {
            return new JsonResponse(['ignored' => true]);
        }

        Log::info('Subscription state synced', [ // leak
            'customer' => $object['customer'] ?? null,
            'subscription' => $object['subscription'] ?? null,
            'amount_paid' => $object['amount_paid'] ?? 0,
        ]);

        return new JsonResponse(['received' => true]);
    }

    public function handle(Request $request): JsonResponse
    {
        return $this($request);
    }
}
