<?php

namespace App\Billing;

use App\Message\RecordTimeEntry;
use Symfony\Lite\EventDispatcher\EventDispatcher;

final class RecordTimeEntryHandler
{
    public function __construct(
        private EventDispatcher $dispatcher,
        private Ledger $ledger,
        private int $billingIncrement,
        private array $rates,
    ) {
    }

    public function __invoke(RecordTimeEntry $message): void
    {
        $entry = TimeEntry::fromMessage($message, $this->billingIncrement);
        $rollup = $this->rollupFor($entry);

        $this->dispatcher->addListener(InvoiceDraftUpdated::NAME, $rollup);

        try {
            if (!$this->ledger->post($entry)) {
                return;
            }

            $rate = $this->rates[$entry->timekeeper] ?? 395.0;
            $this->dispatcher->dispatch(new InvoiceDraftUpdated($entry->matterNumber, $rate), InvoiceDraftUpdated::NAME);
        } finally {
            $this->dispatcher->removeListener(InvoiceDraftUpdated::NAME, $rollup);
        }
    }

    private function rollupFor(TimeEntry $entry): \Closure
    {
        return static function (InvoiceDraftUpdated $event) use ($entry): void {
            if ($event->matterNumber === $entry->matterNumber) {
                $event->lines[] = $entry->toInvoiceLine($event->rate);
            }
        };
    }
}
