<?php

declare(strict_types=1);

require __DIR__ . '/src/Messenger/Envelope.php';
require __DIR__ . '/src/Messenger/Middleware.php';
require __DIR__ . '/src/Billing/ChargeInvoice.php';

use App\Billing\ChargeInvoice;
use App\Billing\ChargeInvoiceHandler;
use App\Messenger\Envelope;
use App\Messenger\HandleMessageMiddleware;
use App\Messenger\InFlightTrackingMiddleware;
use App\Messenger\MessageBus;
use App\Messenger\TransportStamp;

// Container boot: one bus, one tracker for the life of the consumer.
$tracker = new InFlightTrackingMiddleware();
$bus = new MessageBus([
    $tracker,
    new HandleMessageMiddleware([ChargeInvoice::class => new ChargeInvoiceHandler()]),
]);

// messenger:consume async stand-in: decode, dispatch, ack.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode([
        'invoiceId' => sprintf('INV-%06d', $i),
        'customerId' => 'cus_' . dechex(1000 + $i),
        'lines' => [
            ['sku' => 'PLAN-PRO-' . $i, 'qty' => 1, 'cents' => 4900],
            ['sku' => 'SEAT-' . $i, 'qty' => 3, 'cents' => 900],
        ],
        'memo' => str_repeat('Monthly subscription renewal for customer ' . $i . '. ', 4),
    ]);
    $data = json_decode($body, true);

    $envelope = new Envelope(
        new ChargeInvoice($data['invoiceId'], $data['customerId'], $data['lines'], $data['memo']),
        new TransportStamp('async', 'msg-' . $i),
    );
    $bus->dispatch($envelope);
}
