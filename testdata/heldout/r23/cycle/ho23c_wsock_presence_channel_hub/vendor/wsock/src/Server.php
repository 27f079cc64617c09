<?php

declare(strict_types=1);

namespace Wsock;

class Server
{
    use EventEmitterTrait;

    /** @var array<int, Connection> */
    private array $connections = [];
    private int $nextId = 1;
    private int $bytesOut = 0;

    /** @param array<string, string> $headers */
    public function accept(string $remoteAddress, array $headers): Connection
    {
        $connection = new Connection(
            $this->nextId++,
            $remoteAddress,
            $headers,
            function (int $id, string $frame): int {
                return $this->bytesOut += strlen($frame);
            },
        );

        $this->connections[$connection->id] = $connection;
        $connection->on('close', function (Connection $closed): void {
            unset($this->connections[$closed->id]);
        });

        $this->emit('open', [$connection]);

        return $connection;
    }

    public function connectionCount(): int
    {
        return count($this->connections);
    }
}
