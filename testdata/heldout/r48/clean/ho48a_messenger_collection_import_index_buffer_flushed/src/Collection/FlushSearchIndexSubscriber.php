<?php

namespace App\Collection;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\Messenger\WorkerMessageHandledEvent;

final class FlushSearchIndexSubscriber implements EventSubscriberInterface
{
    public function __construct(private readonly SearchIndexBuffer $index)
    {
    }

    public static function getSubscribedEvents(): array
    {
        // a consumer has no kernel.terminate: send the bulk request after each message
        return [WorkerMessageHandledEvent::class => 'onFlush'];
    }

    public function onFlush(object $event): void
    {
        $this->index->flush();
    }
}
