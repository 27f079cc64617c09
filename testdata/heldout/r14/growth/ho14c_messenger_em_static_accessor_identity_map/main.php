<?php
declare(strict_types=1);

// bin/console messenger:consume async — long-running consumer. Handlers reach
// the EntityManager through a static accessor booted once.

require __DIR__ . '/vendor/doctrine/ORM.php';
require __DIR__ . '/vendor/messenger/Worker.php';
require __DIR__ . '/src/Db.php';

use App\Db;
use App\MarkOrderPaid;
use App\MarkOrderPaidHandler;
use Doctrine\ORM\EntityManager;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\EventDispatcher;
use Symfony\Component\Messenger\Worker;

Db::boot(new EntityManager(static fn (string $class, string $id): array => [
    'id' => (int) $id,
    'reference' => 'ORD-' . str_pad($id, 10, '0', STR_PAD_LEFT),
    'customerEmail' => "buyer{$id}@example.net",
    'shippingAddress' => "Unit {$id}, 221B Long Industrial Estate Road, Manchester M1 1AE, United Kingdom",
    'lines' => array_map(static fn (int $k): array => ['sku' => "SKU-$id-$k", 'qty' => $k], range(1, 4)),
]));

$dispatcher = new EventDispatcher();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$receiver = (static function (int $n): Generator {
    for ($i = 0; $i < $n; $i++) {
        yield new Envelope(new MarkOrderPaid(2_000_000 + $i, date('c', 1_700_000_000 + $i)));
    }
})($n);

$worker = new Worker($receiver, [MarkOrderPaid::class => new MarkOrderPaidHandler()], $dispatcher);
$worker->run();
