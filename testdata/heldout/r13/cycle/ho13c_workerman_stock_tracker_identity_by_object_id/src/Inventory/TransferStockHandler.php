<?php

declare(strict_types=1);

namespace App\Inventory;

use Workerman\Connection\TcpConnection;

final class TransferStockHandler
{
    public function __construct(private readonly StockRepository $stock)
    {
    }

    public function __invoke(TcpConnection $connection, string $frame): void
    {
        $command = json_decode($frame, true, flags: JSON_THROW_ON_ERROR);
        $tracker = new ChangeTracker();

        $from = $this->stock->find($tracker, $command['sku'], $command['from']);
        $to = $this->stock->find($tracker, $command['sku'], $command['to']);

        $from->move(-$command['quantity'], $command['reason']);
        $to->move($command['quantity'], $command['reason']);

        $written = $this->stock->persist($tracker->changeSet());
        $connection->send(json_encode(['ok' => true, 'rows' => $written]) . "\n");
    }
}
