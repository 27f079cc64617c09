<?php

namespace App\Listener;

use App\Event\OrderPlaced;

final class ConfirmationNumberListener
{
    public function __construct(private string $prefix)
    {
    }

    public function __invoke(OrderPlaced $event): void
    {
        $event->confirmationNumber = sprintf('%s-%08d-%s', $this->prefix, $event->orderId, substr(sha1($event->customer), 0, 6));
    }
}
