<?php

namespace App\MessageHandler;

use App\Ledger\LeaseRepository;
use App\Ledger\LedgerWriter;
use App\Message\RecordRentPayment;
use Monolog\Logger;

final class RecordRentPaymentHandler
{
    public function __construct(
        private LeaseRepository $leases,
        private LedgerWriter $ledger,
        private Logger $auditLogger,
    ) {
    }

    public function __invoke(RecordRentPayment $message): void
    {
        $lease = $this->leases->get($message->leaseId);
        $received = new \DateTimeImmutable($message->receivedAt);
        $dueDate = new \DateTimeImmutable($message->period . '-01');
        $late = $received > $dueDate->modify(sprintf('+%d days', $lease->graceDays));

        $this->ledger->post($lease->leaseId, $message->period, 'payment', -$message->amountCents, $message->processorReference);
        if ($late) {
            $this->ledger->post($lease->leaseId, $message->period, 'late_fee', $lease->lateFeeCents, 'LATE-' . $message->processorReference);
        }

        $this->auditLogger->info('Rent payment posted to ledger', $this->auditContext($message, $lease->propertyCode, $lease->unit, $late));
    }

    private function auditContext(RecordRentPayment $message, string $property, string $unit, bool $late): array
    {
        return [
            'lease_id' => $message->leaseId,
            'tenant_id' => $message->tenantId,
            'property' => $property,
            'unit' => $unit,
            'period' => $message->period,
            'amount' => sprintf('%.2f', $message->amountCents / 100),
            'method' => $message->method,
            'processor_reference' => $message->processorReference,
            'received_at' => $message->receivedAt,
            'late' => $late,
        ];
    }
}
