<?php

namespace App\Payments;

use App\Message\RefundRequested;

final class CapturedPayment
{
    public function __construct(
        public readonly string $id,
        public readonly int $capturedMinor,
        public readonly int $refundedMinor,
        public readonly string $currency,
        public readonly bool $disputeOpen,
        public readonly string $pspReference,
    ) {
    }

    public function refundableMinor(): int
    {
        return $this->capturedMinor - $this->refundedMinor;
    }
}

/** Stand-in for the payments table. */
final class PaymentRepository
{
    public function get(string $paymentId): CapturedPayment
    {
        $seed = crc32($paymentId);

        return new CapturedPayment(
            $paymentId,
            5_000 + $seed % 20_000,
            ($seed >> 4) % 3 === 0 ? 2_500 : 0,
            'EUR',
            $seed % 11 === 0,
            'psp_' . substr(hash('crc32b', $paymentId), 0, 8),
        );
    }
}

final class RefundPolicy
{
    public function violation(CapturedPayment $payment, RefundRequested $request): ?string
    {
        if ($payment->disputeOpen) {
            return 'chargeback_open';
        }
        if ($request->currency !== $payment->currency) {
            return 'currency_mismatch';
        }
        if ($request->amountMinor > $payment->refundableMinor()) {
            return 'exceeds_refundable';
        }

        return null;
    }
}

/** Stand-in for the PSP's refund API. */
final class PspRefundClient
{
    private int $submitted = 0;

    public function refund(string $pspReference, int $amountMinor, string $idempotencyKey): string
    {
        $this->submitted++;

        return 're_' . substr(hash('sha1', $idempotencyKey), 0, 16);
    }
}
