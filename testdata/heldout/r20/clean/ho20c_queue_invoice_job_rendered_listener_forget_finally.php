<?php

declare(strict_types=1);

namespace Support\Events {

    final class Dispatcher
    {
        /** @var array<class-string, list<callable>> */
        private array $listeners = [];

        public function listen(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function forget(string $event, callable $listener): void
        {
            $index = array_search($listener, $this->listeners[$event] ?? [], true);
            if ($index !== false) {
                unset($this->listeners[$event][$index]);
            }
        }

        public function dispatch(object $event): object
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }

            return $event;
        }
    }

    final class Event
    {
        private static ?Dispatcher $root = null;

        public static function swap(Dispatcher $dispatcher): void
        {
            self::$root = $dispatcher;
        }

        public static function __callStatic(string $method, array $arguments): mixed
        {
            return (self::$root ??= new Dispatcher())->{$method}(...$arguments);
        }
    }
}

namespace App\Billing {

    use Support\Events\Event;

    final class Invoice
    {
        public ?string $pdfPath = null;

        /** @param list<array{sku: string, qty: int, price: int}> $lines */
        public function __construct(
            public readonly string $number,
            public readonly string $customerEmail,
            public readonly array $lines,
            public readonly string $currency = 'EUR',
        ) {
        }

        public function total(): int
        {
            return array_sum(array_map(static fn (array $l): int => $l['qty'] * $l['price'], $this->lines));
        }
    }

    final class InvoiceRendered
    {
        public function __construct(
            public readonly string $invoiceNumber,
            public readonly string $path,
            public readonly int $bytes,
        ) {
        }
    }

    final class PdfRenderer
    {
        public function render(Invoice $invoice): string
        {
            $html = sprintf('<h1>Invoice %s</h1><p>Total %d %s</p>', $invoice->number, $invoice->total(), $invoice->currency);
            $path = sys_get_temp_dir() . '/invoices/' . $invoice->number . '.pdf';
            Event::dispatch(new InvoiceRendered($invoice->number, $path, strlen($html) * 3));

            return $path;
        }
    }

    final class Mailer
    {
        public int $queued = 0;

        public function queue(string $to, string $subject, array $attachments): void
        {
            $this->queued += count($attachments) > 0 ? 1 : 0;
        }
    }

    final class SendInvoiceJob
    {
        public function __construct(private readonly Invoice $invoice)
        {
        }

        public function handle(PdfRenderer $renderer, Mailer $mailer): void
        {
            $listener = $this->attachWhenRendered($this->invoice);
            Event::listen(InvoiceRendered::class, $listener);

            try {
                $renderer->render($this->invoice);
            } finally {
                Event::forget(InvoiceRendered::class, $listener);
            }

            if ($this->invoice->pdfPath !== null) {
                $mailer->queue($this->invoice->customerEmail, 'Your invoice ' . $this->invoice->number, [$this->invoice->pdfPath]);
            }
        }

        private function attachWhenRendered(Invoice $invoice): \Closure
        {
            return static function (InvoiceRendered $event) use ($invoice): void {
                if ($event->invoiceNumber === $invoice->number) {
                    $invoice->pdfPath = $event->path;
                }
            };
        }
    }
}

namespace {

    use App\Billing\Invoice;
    use App\Billing\Mailer;
    use App\Billing\PdfRenderer;
    use App\Billing\SendInvoiceJob;

    /** Stand-in of `php artisan queue:work`: pops serialized jobs and runs them in one process. */
    final class QueueWorker
    {
        public function __construct(private readonly PdfRenderer $renderer, private readonly Mailer $mailer)
        {
        }

        public function process(array $payload): void
        {
            $job = new SendInvoiceJob(new Invoice(
                $payload['number'],
                $payload['email'],
                $payload['lines'],
            ));
            $job->handle($this->renderer, $this->mailer);
        }
    }

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new QueueWorker(new PdfRenderer(), new Mailer());

    for ($i = 1; $i <= $n; $i++) {
        $worker->process([
            'number' => sprintf('INV-2024-%06d', $i),
            'email' => "customer{$i}@example.org",
            'lines' => [
                ['sku' => 'SUB-PRO-' . ($i % 7), 'qty' => 1, 'price' => 4900],
                ['sku' => 'SEAT-EXTRA', 'qty' => 1 + $i % 5, 'price' => 900],
            ],
        ]);
    }
}
