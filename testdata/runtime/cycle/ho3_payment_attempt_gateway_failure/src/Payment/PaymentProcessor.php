<?php

declare(strict_types=1);

namespace Acme\Payment;

use Acme\Payment\Gateway\GatewayInterface;

/**
 * Tries each configured gateway in order until one captures the payment.
 */
final class PaymentProcessor
{
    /** @var list<GatewayInterface> */
    private array $gateways;

    private int $captured = 0;

    public function __construct(GatewayInterface ...$gateways)
    {
        $this->gateways = array_values($gateways);
    }

    public function process(PaymentAttempt $attempt): bool
    {
        foreach ($this->gateways as $gateway) {
            try {
                $transactionId = $gateway->capture($attempt);
                $attempt->markCaptured($gateway->name(), $transactionId);
                $this->captured++;

                return true;
            } catch (\RuntimeException $e) {
                $attempt->recordFailure($e); // leak
            }
        }

        return false;
    }

    public function capturedCount(): int
    {
        return $this->captured;
    }
}
