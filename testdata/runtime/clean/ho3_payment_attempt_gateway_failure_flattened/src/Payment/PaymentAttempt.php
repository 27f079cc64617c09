<?php

declare(strict_types=1);

namespace Acme\Payment;

/**
 * One attempt to capture money for a cart; collects what happened on the way.
 */
final class PaymentAttempt
{
    private string $state = 'new';
    private ?string $transactionId = null;
    private ?string $capturedBy = null;

    /** @var list<FailureSummary> */
    private array $failures = [];

    /**
     * @param array<string, int> $lineItems sku => cents
     */
    public function __construct(
        public readonly string $reference,
        public readonly string $cardToken,
        public readonly string $currency,
        public readonly array $lineItems,
        public readonly string $billingAddress,
    ) {}

    public function amountCents(): int
    {
        return array_sum($this->lineItems);
    }

    public function recordFailure(\Throwable $e): void
    {
        $this->failures[] = FailureSummary::fromThrowable($e);
        $this->state = 'retrying';
    }

    public function markCaptured(string $gateway, string $transactionId): void
    {
        $this->state = 'captured';
        $this->capturedBy = $gateway;
        $this->transactionId = $transactionId;
    }

    public function state(): string
    {
        return $this->state;
    }

    public function transactionId(): ?string
    {
        return $this->transactionId;
    }

    public function capturedBy(): ?string
    {
        return $this->capturedBy;
    }

    /**
     * @return list<string>
     */
    public function failureMessages(): array
    {
        return array_map(static fn (FailureSummary $f): string => $f->message, $this->failures);
    }
}
