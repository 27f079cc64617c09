<?php
// A payment worker tallies gateway failures in a function-static table keyed by the gateway's error message, keeping a sample context per key.

function record_payment_failure(string $reason, array $context): int
{
    static $failures = [];

    $key = failure_bucket($reason);
    if (!isset($failures[$key])) {
        $failures[$key] = ['count' => 0, 'sample' => json_encode($context)]; // leak
    }
    return ++$failures[$key]['count'];
}

function failure_bucket(string $reason): string
{
    return strtolower(trim($reason));
}

final class GatewayResponse
{
    public function __construct(
        public readonly bool $approved,
        public readonly string $message,
    ) {}
}

final class FakeGateway
{
    public function charge(string $orderId, int $cents): GatewayResponse
    {
        return match ($cents % 3) {
            0 => new GatewayResponse(false, "Card declined for order {$orderId}"),
            1 => new GatewayResponse(false, "Timeout contacting issuer for order {$orderId}"),
            default => new GatewayResponse(false, "Fraud check failed for order {$orderId}"),
        };
    }
}

final class ChargeHandler
{
    public function __construct(private FakeGateway $gateway) {}

    public function handle(array $message): bool
    {
        $response = $this->gateway->charge($message['order_id'], $message['amount']);
        if (!$response->approved) {
            record_payment_failure($response->message, $message);
        }
        return $response->approved;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new ChargeHandler(new FakeGateway());
for ($i = 0; $i < $n; $i++) {
    $handler->handle([
        'order_id' => 'ord_' . (880000 + $i),
        'amount' => 1999 + $i,
        'card' => ['brand' => 'visa', 'last4' => sprintf('%04d', $i % 10000)],
        'billing_address' => str_repeat("{$i} Market Street, San Francisco, CA; ", 12),
    ]);
}
