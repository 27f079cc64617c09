<?php

namespace App;

use Stub\Container;

final class HoldNotifier
{
    private \SplQueue $outbox;
    public int $sent = 0;

    public function __construct()
    {
        $this->outbox = new \SplQueue();
    }

    public function notify(string $patron, string $body): void
    {
        $this->outbox->enqueue([$patron, $body]); // leak
    }

    public function drain(): void
    {
        while (!$this->outbox->isEmpty()) {
            $this->outbox->dequeue();
            $this->sent++;
        }
    }
}

final class HoldService
{
    public function __construct(private HoldNotifier $notifier)
    {
    }

    public function place(string $card, string $title): void
    {
        $this->notifier->notify($card, str_repeat("Your hold on {$title} was placed. ", 6));
    }
}

final class SendQueuedNotices
{
    public function __construct(private Container $container)
    {
    }

    public function terminate(): void
    {
        $this->container->get(HoldNotifier::class)->drain();
    }
}
