<?php

namespace App\EventSubscriber;

use App\Event\ProductImported;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;

final class CatalogCacheSubscriber implements EventSubscriberInterface
{
    private int $invalidations = 0;

    public static function getSubscribedEvents(): array
    {
        return [ProductImported::class => ['onProductImported', 0]];
    }

    public function onProductImported(ProductImported $event): void
    {
        if ($event->previousPrice !== $event->newPrice) {
            $this->invalidations++;
        }
    }
}
