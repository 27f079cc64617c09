<?php

declare(strict_types=1);

namespace Laravel\Octane {

    /** Minimal stand-in for Octane's worker: one application, many requests. */
    final class Worker
    {
        private int $handled = 0;

        public function __construct(private readonly \Closure $kernel)
        {
        }

        public function handle(\App\Http\Request $request): \App\Http\Response
        {
            $this->handled++;

            return ($this->kernel)($request);
        }
    }
}

namespace App\Http {

    final class Request
    {
        public function __construct(
            public readonly string $path,
            public readonly array $input,
        ) {
        }
    }

    final class Response
    {
        public function __construct(
            public readonly int $status,
            public readonly string $body,
        ) {
        }
    }
}

namespace App\Billing {

    final class InvoiceLine
    {
        private ?LineCollection $parent = null;

        public function __construct(
            public readonly string $sku,
            public readonly int $quantity,
            public readonly int $unitCents,
            public readonly string $description,
        ) {
        }

        public function setParent(LineCollection $parent): void
        {
            $this->parent = $parent; // leak
        }

        public function total(): int
        {
            return $this->quantity * $this->unitCents;
        }

        public function shareOfInvoice(): float
        {
            $sum = $this->parent?->sum() ?? 0;

            return $sum > 0 ? $this->total() / $sum : 0.0;
        }
    }

    /** @implements \IteratorAggregate<int, InvoiceLine> */
    final class LineCollection implements \IteratorAggregate, \Countable
    {
        /** @var list<InvoiceLine> */
        private array $items = [];

        public function add(InvoiceLine $line): void
        {
            $line->setParent($this); // leak
            $this->items[] = $line; // leak
        }

        public function sum(): int
        {
            return array_sum(array_map(static fn (InvoiceLine $l): int => $l->total(), $this->items));
        }

        public function getIterator(): \ArrayIterator
        {
            return new \ArrayIterator($this->items);
        }

        public function count(): int
        {
            return \count($this->items);
        }
    }

    final class Invoice
    {
        public readonly LineCollection $lines;

        public function __construct(
            public readonly string $number,
            public readonly string $customer,
        ) {
            $this->lines = new LineCollection();
        }
    }

    final class InvoiceFactory
    {
        public function fromInput(array $input): Invoice
        {
            $invoice = new Invoice($input['number'], $input['customer']);
            foreach ($input['lines'] as $row) {
                $invoice->lines->add(new InvoiceLine(
                    $row['sku'],
                    (int) $row['qty'],
                    (int) $row['price'],
                    $row['description'],
                ));
            }

            return $invoice;
        }
    }

    final class InvoiceRenderer
    {
        public function render(Invoice $invoice): string
        {
            $rows = [];
            foreach ($invoice->lines as $line) {
                $rows[] = sprintf('%s x%d %.1f%%', $line->sku, $line->quantity, $line->shareOfInvoice() * 100);
            }

            return $invoice->number . ': ' . implode('; ', $rows);
        }
    }

    final class InvoicePreviewController
    {
        public function __construct(
            private readonly InvoiceFactory $factory,
            private readonly InvoiceRenderer $renderer,
        ) {
        }

        public function __invoke(\App\Http\Request $request): \App\Http\Response
        {
            $invoice = $this->factory->fromInput($request->input);

            return new \App\Http\Response(200, $this->renderer->render($invoice));
        }
    }
}

namespace {

    use App\Billing\InvoiceFactory;
    use App\Billing\InvoicePreviewController;
    use App\Billing\InvoiceRenderer;
    use App\Http\Request;

    $controller = new InvoicePreviewController(new InvoiceFactory(), new InvoiceRenderer());
    $worker = new Laravel\Octane\Worker(static fn (Request $r) => $controller($r));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $lines = [];
        for ($j = 0; $j < 3; $j++) {
            $lines[] = [
                'sku' => sprintf('SKU-%05d-%d', $i, $j),
                'qty' => 1 + $j,
                'price' => 1999 + $i,
                'description' => str_repeat("Consulting hours for project {$i}/{$j}. ", 6),
            ];
        }
        $worker->handle(new Request('/invoices/preview', [
            'number' => sprintf('INV-2024-%06d', $i),
            'customer' => "customer-{$i}",
            'lines' => $lines,
        ]));
    }
}
