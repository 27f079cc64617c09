<?php
// A Symfony Messenger handler settles invoices and registers a notification callback on the loaded invoice before marking it paid.

namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS)]
    final class AsMessageHandler
    {
        public function __construct(public ?string $bus = null) {}
    }
}

namespace App\Billing {
    use Symfony\Component\Messenger\Attribute\AsMessageHandler;

    final class SettleInvoice
    {
        public function __construct(public readonly int $invoiceId, public readonly int $paidCents) {}
    }

    final class Invoice
    {
        public string $status = 'open';
        /** @var list<\Closure> */
        private array $paidCallbacks = [];

        public function __construct(public readonly string $number, public readonly int $totalCents, public readonly array $lines) {}

        public function onPaid(\Closure $callback): void
        {
            $this->paidCallbacks[] = $callback; // leak
        }

        public function markPaid(): void
        {
            $this->status = 'paid';
            foreach ($this->paidCallbacks as $cb) {
                $cb();
            }
        }
    }

    final class InvoiceRepository
    {
        public function load(int $id): Invoice
        {
            $lines = [];
            for ($l = 1; $l <= 4; $l++) {
                $lines[] = ['sku' => "PLAN-{$l}", 'label' => "Subscription seat block {$l} for invoice {$id}", 'cents' => 2500 * $l];
            }
            return new Invoice(sprintf('INV-%07d', $id), 25000, $lines);
        }
    }

    final class Notifier
    {
        public int $sent = 0;
        public function send(string $text): void { $this->sent++; }
    }

    #[AsMessageHandler]
    final class SettleInvoiceHandler
    {
        public function __construct(private InvoiceRepository $invoices, private Notifier $notifier) {}

        public function __invoke(SettleInvoice $message): void
        {
            $invoice = $this->invoices->load($message->invoiceId);
            $invoice->onPaid(function () use ($invoice): void { // leak
                $this->notifier->send("Invoice {$invoice->number} settled");
            });
            if ($message->paidCents >= $invoice->totalCents) {
                $invoice->markPaid();
            }
        }
    }
}

namespace {
    use App\Billing\InvoiceRepository;
    use App\Billing\Notifier;
    use App\Billing\SettleInvoice;
    use App\Billing\SettleInvoiceHandler;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $handler = new SettleInvoiceHandler(new InvoiceRepository(), new Notifier());
    for ($i = 0; $i < $n; $i++) {
        $handler(new SettleInvoice(81000 + $i, 25000));
    }
}
