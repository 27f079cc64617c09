<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Audit\AuditEntry;
use App\Audit\PrescriptionAuditLog;
use App\Pharmacy\NewRxMessage;
use App\Pharmacy\SurescriptsGateway;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;

class TransmitPrescription implements ShouldQueue
{
    use Dispatchable;
    use InteractsWithQueue;
    use Queueable;

    public function __construct(
        public string $prescriptionId,
        public string $patientId,
        public string $prescriberNpi,
        public string $pharmacyNcpdp,
        public string $drugNdc,
        public string $drugDescription,
        public string $sig,
        public int $quantity,
        public int $refills,
        public string $signedAt,
    ) {
    }

    public function handle(SurescriptsGateway $gateway, PrescriptionAuditLog $audit): void
    {
        $message = new NewRxMessage(
            'rx-' . $this->prescriptionId,
            $this->pharmacyNcpdp,
            $this->prescriberNpi,
            $this->drugNdc,
            $this->drugDescription,
            $this->sig,
            $this->quantity,
            $this->refills,
        );

        $audit->record(new AuditEntry(
            $this->prescriptionId,
            $this->patientId,
            $this->prescriberNpi,
            'transmit',
            sprintf('NewRx %s to NCPDP %s: %s x%d, %d refills (signed %s)', $message->messageId, $this->pharmacyNcpdp, $this->drugDescription, $this->quantity, $this->refills, $this->signedAt),
            $this->signedAt,
        ));

        $reply = $gateway->send($message);

        $audit->record(new AuditEntry(
            $this->prescriptionId,
            $this->patientId,
            $this->prescriberNpi,
            $reply['status'] === 'Status' ? 'accepted' : 'rejected',
            'Pharmacy reply relates to ' . $reply['relates_to'],
            $this->signedAt,
        ));
    }
}
