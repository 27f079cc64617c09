<?php

declare(strict_types=1);

namespace App\Handler;

use App\Message\RefundPayment;

final class RefundPaymentHandler extends MessageHandler
{
    public ?string $receipt = null;

    protected function process(): void
    {
        /** @var RefundPayment $message */
        $message = $this->envelope->message;
        $this->receipt = sprintf('refund %s %d (%s)', $message->paymentId, $message->amountCents, $message->reason);
    }
}
