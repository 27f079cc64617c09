<?php

declare(strict_types=1);

namespace Acme\Payment\Gateway;

use Acme\Payment\Exception\GatewayTimeoutException;
use Acme\Payment\PaymentAttempt;

/**
 * Card acquirer currently in a degraded state: every capture times out.
 */
final class PrimaryGateway implements GatewayInterface
{
    public function __construct(private readonly string $merchantId, private readonly float $timeout = 2.5) {}

    public function name(): string
    {
        return 'primary';
    }

    public function capture(PaymentAttempt $attempt): string
    {
        $payload = $this->buildPayload($attempt);
        if (strlen($payload) > 0) {
            throw GatewayTimeoutException::afterSeconds($this->name(), $this->timeout);
        }

        return '';
    }

    private function buildPayload(PaymentAttempt $attempt): string
    {
        return http_build_query([
            'merchant' => $this->merchantId,
            'ref' => $attempt->reference,
            'amount' => $attempt->amountCents(),
            'currency' => $attempt->currency,
            'token' => $attempt->cardToken,
        ]);
    }
}
