<?php

namespace App\MessageHandler;

use App\Event\ProductImported;
use App\Message\ImportSupplierFeed;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Middleware\UnrecoverableMessageHandlingException;

final class ImportSupplierFeedHandler
{
    /** @var array<string, int> current catalogue prices (bounded SKU range) */
    private array $prices = [];

    public function __construct(private EventDispatcher $dispatcher)
    {
    }

    public function __invoke(ImportSupplierFeed $message): void
    {
        foreach ($message->rows as $line => $row) {
            if ($row['price'] <= 0) {
                throw new UnrecoverableMessageHandlingException(sprintf('Feed %s line %d: invalid price for %s', $message->feedUrl, $line + 1, $row['sku']));
            }
            $previous = $this->prices[$row['sku']] ?? 0;
            $this->prices[$row['sku']] = $row['price'];
            $this->dispatcher->dispatch(new ProductImported($message->supplierId, $message->feedUrl, $row['sku'], $previous, $row['price']));
        }
    }
}
