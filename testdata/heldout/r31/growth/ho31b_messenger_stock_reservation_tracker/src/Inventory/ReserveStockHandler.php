<?php

declare(strict_types=1);

namespace Warehouse\Inventory;

use Warehouse\Message\ReserveStock;

final class ReserveStockHandler
{
    private int $sequence = 0;

    public function __construct(
        private StockLedger $ledger,
        private ReservationTracker $tracker,
    ) {
    }

    public function __invoke(ReserveStock $message): string
    {
        $reservation = new Reservation(
            sprintf('RSV-%s-%06d', $message->warehouse, ++$this->sequence),
            $message->orderId,
            $message->warehouse,
        );
        $this->tracker->track($reservation, [
            'channel' => $message->channel,
            'placed_at' => date(DATE_ATOM, $message->placedAt),
            'lines' => $message->lines,
        ]);

        try {
            foreach ($message->lines as $line) {
                $this->ledger->allocate($reservation, $line['sku'], $line['qty']);
            }
        } catch (InsufficientStock $e) {
            $this->ledger->release($reservation);
            $this->tracker->untrack($reservation);
            return 'backordered';
        }

        $this->ledger->commit($reservation);
        return $reservation->reference;
    }
}
