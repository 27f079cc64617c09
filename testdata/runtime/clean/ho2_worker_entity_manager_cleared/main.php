<?php
// A message consumer runs in a long-lived worker process and stores a Shipment entity through a shared entity manager for every ShipmentCreated message.

declare(strict_types=1);

require __DIR__ . '/src/ORM/UnitOfWork.php';
require __DIR__ . '/src/ORM/EntityManager.php';
require __DIR__ . '/src/Domain/Shipment.php';
require __DIR__ . '/src/Messenger/ShipmentCreatedHandler.php';

use Logistics\Messenger\ShipmentCreated;
use Logistics\Messenger\ShipmentCreatedHandler;
use Tiny\ORM\EntityManager;

final class Worker
{
    private int $handled = 0;

    /**
     * @param array<class-string, callable> $handlers
     * @param list<\Closure(): void> $afterMessage
     */
    public function __construct(private array $handlers, private array $afterMessage = [])
    {
    }

    public function consume(object $message): void
    {
        $handler = $this->handlers[$message::class] ?? throw new \RuntimeException('No handler for ' . $message::class);
        try {
            $handler($message);
            $this->handled++;
        } finally {
            foreach ($this->afterMessage as $hook) {
                $hook();
            }
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$em = new EntityManager('default');
$worker = new Worker(
    [ShipmentCreated::class => new ShipmentCreatedHandler($em)],
    [static fn () => $em->clear()],
);

for ($i = 0; $i < $n; $i++) {
    $worker->consume(new ShipmentCreated(
        sprintf('1Z%010d', $i),
        $i % 2 ? 'UPS' : 'DHL',
        "Warehouse {$i}, " . str_repeat('Industriestrasse ', 4) . (10 + $i % 90) . ', 20095 Hamburg',
    ));
}
