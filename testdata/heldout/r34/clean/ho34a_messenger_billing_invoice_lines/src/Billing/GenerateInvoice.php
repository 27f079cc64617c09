<?php
declare(strict_types=1);

namespace Gridline\Billing;

use Gridline\Metering\MeterReadRepository;

final class GenerateInvoice
{
    public function __construct(
        public readonly string $accountNumber,
        public readonly string $billingCycle,
    ) {
    }
}

final class InvoiceSummary
{
    public function __construct(
        public readonly string $number,
        public readonly float $total,
        public readonly int $lineCount,
    ) {
    }
}

final class GenerateInvoiceHandler
{
    private int $issued = 0;
    private float $billed = 0.0;

    public function __construct(
        private readonly MeterReadRepository $reads,
        private readonly InvoiceFactory $factory,
    ) {
    }

    public function __invoke(GenerateInvoice $message): InvoiceSummary
    {
        $invoice = $this->factory->create(
            $message->accountNumber,
            $message->billingCycle,
            $this->reads->determinantsFor($message->accountNumber, $message->billingCycle),
        );
        $this->issued++;
        $this->billed += $invoice->total();

        return new InvoiceSummary($invoice->number, $invoice->total(), count($invoice->lines()));
    }
}
