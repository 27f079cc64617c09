<?php
// A Swoole checkout service captures each cart payment, falling back to a backup gateway when the primary one times out and keeping what went wrong on the attempt.

declare(strict_types=1);

require __DIR__ . '/src/Payment/Exception/GatewayTimeoutException.php';
require __DIR__ . '/src/Payment/FailureSummary.php';
require __DIR__ . '/src/Payment/PaymentAttempt.php';
require __DIR__ . '/src/Payment/Gateway/GatewayInterface.php';
require __DIR__ . '/src/Payment/Gateway/PrimaryGateway.php';
require __DIR__ . '/src/Payment/Gateway/BackupGateway.php';
require __DIR__ . '/src/Payment/PaymentProcessor.php';

use Acme\Payment\Gateway\BackupGateway;
use Acme\Payment\Gateway\PrimaryGateway;
use Acme\Payment\PaymentAttempt;
use Acme\Payment\PaymentProcessor;

/**
 * @return array{status: int, body: string}
 */
function handleCheckout(PaymentProcessor $processor, int $cartId): array
{
    $attempt = new PaymentAttempt(
        sprintf('cart-%d-%s', $cartId, date('Ymd')),
        'tok_' . str_pad(dechex($cartId), 24, '0', STR_PAD_LEFT),
        'EUR',
        ['SKU-' . $cartId => 1999, 'SKU-SHIP' => 495, 'SKU-GIFTWRAP-' . ($cartId % 7) => 350],
        str_repeat('Musterstrasse 12, 10115 Berlin, Germany; ', 12),
    );

    if (!$processor->process($attempt)) {
        return ['status' => 402, 'body' => json_encode(['errors' => $attempt->failureMessages()])];
    }

    return ['status' => 201, 'body' => json_encode([
        'transaction' => $attempt->transactionId(),
        'gateway' => $attempt->capturedBy(),
    ])];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$processor = new PaymentProcessor(new PrimaryGateway('m_4471'), new BackupGateway());
$statuses = [];

for ($i = 0; $i < $n; $i++) {
    $response = handleCheckout($processor, 90000 + $i);
    $statuses[$response['status']] = ($statuses[$response['status']] ?? 0) + 1;
}
