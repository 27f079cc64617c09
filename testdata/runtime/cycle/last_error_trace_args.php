<?php
// A payment attempt remembers its last exception; the trace arguments include the attempt itself.

final class GatewayException extends RuntimeException {}

final class Gateway
{
    public function charge(PaymentAttempt $attempt, int $cents): string
    {
        if ($cents > 1000) {
            throw new GatewayException('Card declined for ' . $attempt->reference);
        }
        return 'ch_' . $attempt->reference;
    }
}

final class PaymentAttempt
{
    private ?Throwable $lastError = null;

    public function __construct(public readonly string $reference, private Gateway $gateway) {}

    public function pay(int $cents): bool
    {
        try {
            $this->gateway->charge($this, $cents);
            return true;
        } catch (GatewayException $e) {
            $this->lastError = $e; // leak
            return false;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$gateway = new Gateway();
for ($i = 0; $i < $n; $i++) {
    $attempt = new PaymentAttempt('pay_' . $i . '_' . str_repeat('0', 64), $gateway);
    $attempt->pay(2500);
}
unset($attempt);
