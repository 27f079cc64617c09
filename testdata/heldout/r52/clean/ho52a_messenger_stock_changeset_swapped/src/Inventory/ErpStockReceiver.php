<?php

namespace App\Inventory;

use App\Message\SyncProductStock;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/** Stock feed from the ERP: one message per SKU per warehouse, a few at a time. */
final class ErpStockReceiver implements ReceiverInterface
{
    private int $fetched = 0;
    private int $limit;

    public function __construct()
    {
        $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public function get(): iterable
    {
        for ($batch = 0; $batch < 5 && $this->fetched < $this->limit; $batch++) {
            $i = $this->fetched++;
            yield new Envelope(new SyncProductStock(
                sprintf('SKU-%06d', $i),
                'DE-HAM-01',
                StockRepository::onHandFor(sprintf('SKU-%06d', $i)),
                sprintf('ERP/INV/2024/%07d', $i),
            ));
        }
    }

    public function ack(Envelope $envelope): void
    {
    }

    public function reject(Envelope $envelope): void
    {
    }
}
