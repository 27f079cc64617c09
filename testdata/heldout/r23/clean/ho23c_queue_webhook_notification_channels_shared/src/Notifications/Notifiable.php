<?php

declare(strict_types=1);

namespace App\Notifications;

final class Subscriber
{
    public function __construct(
        public readonly int $id,
        public readonly string $email,
        private readonly string $webhookUrl,
        private readonly string $signingSecret,
    ) {
    }

    public function routeNotificationFor(string $channel): ?string
    {
        return match ($channel) {
            'mail' => $this->email,
            'webhook' => $this->webhookUrl,
            default => null,
        };
    }

    public function webhookSecret(): string
    {
        return $this->signingSecret;
    }
}

final class OrderShipped
{
    public function __construct(
        public readonly string $orderNumber,
        public readonly string $carrier,
        public readonly string $trackingCode,
    ) {
    }

    /** @return list<string> */
    public function via(Subscriber $notifiable): array
    {
        return ['mail', 'webhook'];
    }

    public function toArray(Subscriber $notifiable): array
    {
        return [
            'type' => 'order.shipped',
            'order' => $this->orderNumber,
            'carrier' => $this->carrier,
            'tracking' => $this->trackingCode,
            'subscriber' => $notifiable->id,
        ];
    }
}
