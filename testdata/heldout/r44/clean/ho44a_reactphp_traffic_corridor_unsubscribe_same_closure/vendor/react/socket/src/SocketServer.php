<?php

declare(strict_types=1);

namespace React\Socket;

use Evenement\EventEmitter;
use React\EventLoop\Loop;

/**
 * Listening socket. Clients of the traffic-map frontends connect, send one
 * subscription line and keep the socket open for a few seconds.
 */
final class SocketServer extends EventEmitter
{
    private const KEEPALIVE_TURNS = 4;

    /** @var array<int, array{0: Connection, 1: int}> */
    private array $open = [];

    public function __construct(private readonly string $uri, array $context = [])
    {
        Loop::addServer(spl_object_id($this), $this->turn(...));
    }

    public function getAddress(): string
    {
        return 'tcp://' . $this->uri;
    }

    public function close(): void
    {
        Loop::removeServer(spl_object_id($this));
        foreach ($this->open as [$connection]) {
            $connection->close();
        }
        $this->open = [];
    }

    private function turn(int $turn): void
    {
        foreach ($this->open as $id => [$connection, $closeAt]) {
            if ($closeAt <= $turn) {
                unset($this->open[$id]);
                $connection->close();
            }
        }

        $connection = new Connection(sprintf('tcp://198.51.100.%d:%d', $turn % 250, 40000 + $turn % 20000), 'tcp://' . $this->uri);
        $this->open[$turn] = [$connection, $turn + self::KEEPALIVE_TURNS];
        $this->emit('connection', [$connection]);

        $south = 51.40 + ($turn % 17) * 0.01;
        $west = -0.25 + ($turn % 23) * 0.01;
        $connection->emit('data', [sprintf("SUB corridor=%.3f,%.3f,%.3f,%.3f client=web-%06d zoom=%d\n", $south, $west, $south + 0.08, $west + 0.12, $turn, 10 + $turn % 6)]);
    }
}
