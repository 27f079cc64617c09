<?php

namespace App\EventSubscriber;

use App\Memory\TranslationMemoryWriter;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

final class TmFlushSubscriber implements EventSubscriberInterface
{
    public function __construct(private TranslationMemoryWriter $writer)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [WorkerMessageHandledEvent::class => 'onFlush'];
    }

    public function onFlush(object $event): void
    {
        $this->writer->flush();
    }
}
