<?php

declare(strict_types=1);

require __DIR__ . '/vendor/messenger.php';
require __DIR__ . '/src/Persistence/EntityManager.php';
require __DIR__ . '/src/Billing/Billing.php';

use App\Billing\ClearEntityManagerMiddleware;
use App\Billing\Customer;
use App\Billing\Invoice;
use App\Billing\MarkInvoicePaid;
use App\Billing\MarkInvoicePaidHandler;
use App\Persistence\EntityManager;
use App\Persistence\UnitOfWork;
use Vendor\Messenger\Envelope;
use Vendor\Messenger\HandleMessageMiddleware;
use Vendor\Messenger\MessageBus;
use Vendor\Messenger\Worker;

$em = new EntityManager(new UnitOfWork(), [
    Invoice::class => static fn (int $id): array => [
        'id' => $id,
        'customer_id' => 50_000 + $id,
        'status' => 'open',
        'amount_cents' => 1_000 + $id % 900,
    ],
    Customer::class => static fn (int $id): array => [
        'id' => $id,
        'name' => " Customer $id Trading Ltd ",
        'billing_address' => str_repeat("Unit $id, Industrial Estate, ", 4),
        'vat_number' => sprintf('GB%09d', $id),
    ],
]);

$bus = new MessageBus([
    new ClearEntityManagerMiddleware($em),
    new HandleMessageMiddleware([MarkInvoicePaid::class => new MarkInvoicePaidHandler($em)]),
]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$next = 0;
$receiver = static function () use (&$next, $n): ?Envelope {
    return ++$next > $n ? null : new Envelope(new MarkInvoicePaid($next, 'pi_' . md5((string) $next)), ['transport' => 'async']);
};

(new Worker($receiver, $bus))->run($n);
