<?php

declare(strict_types=1);

require __DIR__ . '/src/Runtime/FiberConsumer.php';
require __DIR__ . '/src/Saga/States.php';
require __DIR__ . '/src/Saga/CheckoutSaga.php';

use App\Runtime\FiberConsumer;
use App\Runtime\PaymentGateway;
use App\Saga\CheckoutCommand;
use App\Saga\CheckoutSaga;
use App\Saga\StateFactory;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$gateway = new PaymentGateway();
$states = new StateFactory();
$consumer = new FiberConsumer($gateway);

$jobs = (static function (int $n): \Generator {
    for ($i = 0; $i < $n; $i++) {
        yield new CheckoutCommand(
            cartId: "cart-{$i}",
            customer: "customer-{$i}@shop.test",
            items: array_map(static fn (int $k): string => "ITEM-{$i}-{$k}: " . str_repeat('*', 40), range(1, 6)),
            amountCents: 1999 + $i,
        );
    }
})($n);

foreach ($jobs as $command) {
    $consumer->dispatch(static function () use ($command, $states, $gateway): void {
        $saga = new CheckoutSaga($command, $states, $gateway);
        $saga->start();
    });
}
