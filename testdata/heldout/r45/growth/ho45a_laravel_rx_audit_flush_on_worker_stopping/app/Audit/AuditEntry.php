<?php

declare(strict_types=1);

namespace App\Audit;

final class AuditEntry
{
    public function __construct(
        public readonly string $prescriptionId,
        public readonly string $patientId,
        public readonly string $prescriberNpi,
        public readonly string $action,
        public readonly string $detail,
        public readonly string $occurredAt,
    ) {
    }

    /** @return array<string, string> */
    public function toRow(): array
    {
        return [
            'prescription_id' => $this->prescriptionId,
            'patient_id' => $this->patientId,
            'prescriber_npi' => $this->prescriberNpi,
            'action' => $this->action,
            'detail' => $this->detail,
            'occurred_at' => $this->occurredAt,
        ];
    }
}
