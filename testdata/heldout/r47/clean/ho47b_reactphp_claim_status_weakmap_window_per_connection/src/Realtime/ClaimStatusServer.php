<?php

namespace App\Realtime;

use App\Claims\ClaimLedger;
use App\Claims\ClaimStatusQuery;
use React\Socket\ConnectionInterface;
use React\Socket\SocketServer;

final class ClaimStatusServer
{
    public function __construct(private ClaimLedger $ledger, private RecentQueries $recent)
    {
    }

    public function attach(SocketServer $server): void
    {
        $server->on('connection', function (ConnectionInterface $connection): void {
            $connection->on('data', fn (string $line) => $this->onLine($connection, $line));
        });
    }

    private function onLine(ConnectionInterface $connection, string $line): void
    {
        try {
            $query = ClaimStatusQuery::fromLine($line);
        } catch (\JsonException) {
            $connection->write("{\"error\":\"bad request\"}\n");
            return;
        }
        $this->recent->remember($connection, $query);
        $connection->write(json_encode([
            'status' => $this->ledger->statusOf($query),
            'recent' => $this->recent->sidebar($connection),
        ]) . "\n");
    }
}
