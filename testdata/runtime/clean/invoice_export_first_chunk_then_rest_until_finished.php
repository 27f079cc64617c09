<?php
// An invoice export endpoint of a billing worker: each request builds an
// export that streams CSV lines from a generator over its own rows; the
// response carries the first chunk, and the rest goes to the archive
// copy, read in chunks until the export reports it is finished.

namespace Billing {
    final class InvoiceExport
    {
        private ?\Generator $lines = null;

        /** @param list<array{id: int, customer: string, total: float}> $invoices */
        public function __construct(private readonly array $invoices, private readonly string $currency)
        {
        }

        public function read(int $max): string
        {
            $this->lines ??= $this->lines();
            $out = '';
            for ($n = 0; $n < $max && $this->lines->valid(); $n++) {
                $out .= $this->lines->current() . "\n";
                $this->lines->next();
            }

            return $out;
        }

        public function finished(): bool
        {
            return $this->lines !== null && !$this->lines->valid();
        }

        private function lines(): \Generator
        {
            yield 'id,customer,total,currency';
            foreach ($this->invoices as $invoice) {
                yield sprintf('%d,%s,%.2f,%s', $invoice['id'], $invoice['customer'], $invoice['total'], $this->currency);
            }
        }
    }

    final class ExportController
    {
        public int $bytes = 0;

        public int $archived = 0;

        public function download(int $account): string
        {
            $invoices = [];
            for ($k = 0; $k < 12; $k++) {
                $invoices[] = ['id' => $account * 100 + $k, 'customer' => 'customer-' . $account, 'total' => 19.5 * $k];
            }
            $export = new InvoiceExport($invoices, 'EUR');
            $body = $export->read(5);
            $this->bytes += strlen($body);
            while (!$export->finished()) {
                $this->archived += strlen($export->read(50));
            }

            return $body;
        }
    }
}

namespace {
    use Billing\ExportController;

    $controller = new ExportController();
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $controller->download($i);
    }
}
