<?php

namespace App\EventSubscriber;

use App\Audit\AuditLog;
use App\Event\ProductImported;
use App\Message\ImportSupplierFeed;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;

/** Collects the price changes of one feed import and writes them as one batch. */
final class ImportAuditSubscriber implements EventSubscriberInterface
{
    /** @var list<array<string, scalar>> */
    private array $records = [];

    public function __construct(private ImportSupplierFeed $import, private AuditLog $log)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [ProductImported::class => ['onProductImported', -10]];
    }

    public function onProductImported(ProductImported $event): void
    {
        if ($event->supplierId !== $this->import->supplierId || $event->feedUrl !== $this->import->feedUrl) {
            return;
        }
        $this->records[] = [
            'sku' => $event->sku,
            'change' => sprintf('%d -> %d', $event->previousPrice, $event->newPrice),
            'source' => $this->import->feedUrl,
        ];
    }

    public function flush(): void
    {
        $this->log->write('supplier_import', $this->records);
        $this->records = [];
    }
}
