<?php

declare(strict_types=1);

namespace App\Notifications;

final class NotificationSender
{
    /** @var array<string, int> */
    private array $failures = [];

    public function send(Subscriber $notifiable, OrderShipped $notification): void
    {
        foreach ($notification->via($notifiable) as $via) {
            $channel = Notification::channel($this->channelName($notifiable, $via)); // leak

            if (!$channel->send($notifiable, $notification)) {
                $this->failures[$via] = ($this->failures[$via] ?? 0) + 1;
            }
        }
    }

    private function channelName(Subscriber $notifiable, string $via): string
    {
        // webhook subscribers each get a client pinned to their endpoint
        return $via === 'webhook'
            ? $via . ':' . $notifiable->routeNotificationFor('webhook')
            : $via;
    }
}
