<?php

namespace App\Collection;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\Messenger\KernelEvents;

final class FlushSearchIndexSubscriber implements EventSubscriberInterface
{
    public function __construct(private readonly SearchIndexBuffer $index)
    {
    }

    public static function getSubscribedEvents(): array
    {
        // send the bulk request once the response has gone out
        return [KernelEvents::TERMINATE => 'onFlush'];
    }

    public function onFlush(object $event): void
    {
        $this->index->flush();
    }
}
