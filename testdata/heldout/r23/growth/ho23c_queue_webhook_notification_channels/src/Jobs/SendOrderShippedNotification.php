<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Notifications\NotificationSender;
use App\Notifications\OrderShipped;
use App\Notifications\Subscriber;

final class SendOrderShippedNotification
{
    public int $attempts = 0;

    public function __construct(
        private readonly Subscriber $subscriber,
        private readonly OrderShipped $notification,
    ) {
    }

    public function handle(NotificationSender $sender): void
    {
        $this->attempts++;
        $sender->send($this->subscriber, $this->notification);
    }
}
