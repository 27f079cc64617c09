<?php
// A RoadRunner-style checkout worker charges each order through a shared Guzzle-based payment client that sends each charge's idempotency key as a request header option.

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Billing/Charge.php';
require __DIR__ . '/src/Billing/ChargeResult.php';
require __DIR__ . '/src/Billing/PaymentGatewayClient.php';
require __DIR__ . '/src/Http/FakeGatewayTransport.php';

use App\Billing\Charge;
use App\Billing\PaymentGatewayClient;
use App\Http\FakeGatewayTransport;
use GuzzleHttp\HandlerStack;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$payments = new PaymentGatewayClient(
    new HandlerStack(new FakeGatewayTransport()),
    'https://api.payments.example.test',
    'sk_test_51H8x2bLkdIwHu7ix',
);

$succeeded = 0;
for ($i = 0; $i < $n; $i++) {
    $charge = new Charge(
        sprintf('ORD-%07d', 3100000 + $i),
        1999 + ($i % 17) * 100,
        'EUR',
        'pm_card_visa',
        [
            'cart_id' => 'cart_' . bin2hex(pack('N', $i)),
            'customer_note' => str_repeat('Gift wrap please. ', 10 + $i % 3),
            'shipping' => 'DHL Express, Kurfuerstendamm ' . ($i % 200) . ', 10719 Berlin',
        ],
    );

    if ($payments->charge($charge)->isSuccessful()) {
        $succeeded++;
    }
}
