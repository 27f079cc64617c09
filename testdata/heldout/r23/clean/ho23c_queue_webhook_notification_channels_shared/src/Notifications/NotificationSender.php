<?php

declare(strict_types=1);

namespace App\Notifications;

final class NotificationSender
{
    /** @var array<string, int> */
    private array $failures = [];

    /** @param list<string> $enabledChannels */
    public function __construct(private readonly array $enabledChannels)
    {
    }

    public function send(Subscriber $notifiable, OrderShipped $notification): void
    {
        foreach ($notification->via($notifiable) as $via) {
            $channel = Notification::channel($this->channelName($notifiable, $via));

            if (!$channel->send($notifiable, $notification)) {
                $this->failures[$via] = ($this->failures[$via] ?? 0) + 1;
            }
        }
    }

    private function channelName(Subscriber $notifiable, string $via): string
    {
        // one shared webhook client; the endpoint comes from the notifiable at send time
        if (!in_array($via, $this->enabledChannels, true)) {
            throw new \DomainException("Channel [{$via}] is not enabled.");
        }

        return $via;
    }
}
