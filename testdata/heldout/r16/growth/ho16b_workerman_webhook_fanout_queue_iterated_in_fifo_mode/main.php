<?php

declare(strict_types=1);

require __DIR__ . '/vendor/workerman/Worker.php';
require __DIR__ . '/src/Webhooks.php';

use App\Webhooks\NullTransport;
use App\Webhooks\WebhookDispatcher;
use Workerman\TcpConnection;
use Workerman\Timer;
use Workerman\Worker;

final class PaymentsController
{
    public function __construct(private readonly WebhookDispatcher $webhooks)
    {
    }

    /** @param array<string, mixed> $request */
    public function capture(TcpConnection $connection, array $request): void
    {
        $payment = [
            'id' => 'pay_' . $request['id'],
            'amount' => (int) $request['amount'],
            'currency' => strtoupper((string) $request['currency']),
            'customer' => $request['customer'],
            'description' => $request['description'],
        ];

        $queued = $this->webhooks->publish('payment.captured', $payment);
        $connection->send(json_encode(['status' => 'captured', 'webhooks' => $queued], JSON_THROW_ON_ERROR));
    }
}

$config = [
    'secret' => 'whsec_7f3a9c0b2d',
    'subscriptions' => [
        'payment.captured' => ['https://erp.internal/hooks/payments', 'https://crm.example.com/webhooks/stripe-like'],
        'payment.refunded' => ['https://erp.internal/hooks/payments'],
    ],
];

$dispatcher = new WebhookDispatcher(new NullTransport(), $config['subscriptions'], $config['secret']);
$controller = new PaymentsController($dispatcher);

$worker = new Worker('http://0.0.0.0:8080');
$worker->onWorkerStart = static function () use ($dispatcher): void {
    Timer::add(0.5, $dispatcher->flush(...));
};
$worker->onMessage = static function (TcpConnection $connection, array $request) use ($controller): void {
    $controller->capture($connection, $request);
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker->serve($n, static fn (int $i): array => [
    'id' => sprintf('%010d', $i),
    'amount' => 1000 + $i,
    'currency' => 'eur',
    'customer' => sprintf('cus_%s', substr(sha1((string) $i), 0, 14)),
    'description' => sprintf('Invoice INV-%06d for subscription plan "Team" (%d seats)', $i, 1 + $i % 20),
]);
