<?php

namespace App\EventSubscriber;

use App\Memory\TranslationMemoryWriter;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\KernelEvents;

final class TmFlushSubscriber implements EventSubscriberInterface
{
    public function __construct(private TranslationMemoryWriter $writer)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [KernelEvents::TERMINATE => 'onFlush'];
    }

    public function onFlush(object $event): void
    {
        $this->writer->flush();
    }
}
