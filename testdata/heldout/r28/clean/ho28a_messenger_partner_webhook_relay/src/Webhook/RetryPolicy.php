<?php

namespace App\Webhook;

use App\Message\RetryWebhookDelivery;
use Symfony\Component\Messenger\MessageBus;

final class RetryPolicy
{
    private int $scheduled = 0;

    public function __construct(private MessageBus $bus, private int $maxAttempts = 5)
    {
    }

    /**
     * Listener for DeliveryFailed that schedules the retry of one delivery.
     */
    public function listenerFor(WebhookDelivery $delivery): \Closure
    {
        $bus = $this->bus;
        $max = $this->maxAttempts;
        $scheduled = &$this->scheduled;

        return static function (DeliveryFailed $event) use ($delivery, $bus, $max, &$scheduled): void {
            if ($event->delivery !== $delivery || $delivery->attempt >= $max) {
                return;
            }
            $bus->dispatch(new RetryWebhookDelivery($delivery->id, $delivery->partner->slug, ++$delivery->attempt));
            $scheduled++;
        };
    }
}
