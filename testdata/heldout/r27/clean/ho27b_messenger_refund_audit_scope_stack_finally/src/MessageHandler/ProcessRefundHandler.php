<?php

namespace App\MessageHandler;

use App\Audit\AuditFrame;
use App\Audit\AuditLog;
use App\Audit\AuditScope;
use App\Message\RefundRequested;
use App\Payments\PaymentRepository;
use App\Payments\PspRefundClient;
use App\Payments\RefundPolicy;

final class ProcessRefundHandler
{
    public function __construct(
        private PaymentRepository $payments,
        private RefundPolicy $policy,
        private PspRefundClient $psp,
        private AuditLog $audit,
    ) {
    }

    public function __invoke(RefundRequested $message): ?string
    {
        $payment = $this->payments->get($message->paymentId);
        AuditScope::enter($this->frameFor($message));
        try {
            $violation = $this->policy->violation($payment, $message);
            if ($violation !== null) {
                $this->audit->write('refund.rejected', ['violation' => $violation, 'refundable' => $payment->refundableMinor()]);

                return null;
            }

            $pspRefundId = $this->psp->refund($payment->pspReference, $message->amountMinor, $message->refundId);
            $this->audit->write('refund.submitted', ['psp_refund_id' => $pspRefundId, 'amount' => $message->amountMinor]);

            return $pspRefundId;
        } finally {
            AuditScope::leave();
        }
    }

    private function frameFor(RefundRequested $message): AuditFrame
    {
        return new AuditFrame('refund', $message->refundId, $message->requestedBy, [
            'payment_id' => $message->paymentId,
            'amount_minor' => $message->amountMinor,
            'reason' => $message->reason,
            'customer_note' => $message->customerNote,
            'requested_at' => $message->requestedAt,
        ], microtime(true));
    }
}
