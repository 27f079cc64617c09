<?php

declare(strict_types=1);

namespace Workerman;

final class TcpConnection
{
    public array $handshake = [];
    public array $outbox = [];
    public bool $closed = false;
    public ?int $heartbeatTimer = null;
    public ?string $room = null;
    public float $lastMessageAt = 0.0;

    public function __construct(public readonly int $id, public readonly string $remoteAddress)
    {
    }

    public function send(string $data): void
    {
        if (!$this->closed) {
            $this->outbox[] = $data;
        }
    }

    public function close(): void
    {
        $this->closed = true;
    }
}

final class Worker
{
    public $onConnect = null;
    public $onMessage = null;
    public $onClose = null;
    /** @var array<int, TcpConnection> */
    public array $connections = [];

    public function __construct(public readonly string $listen)
    {
    }

    /** Simulated accept loop: $connections clients connect, chat a little and leave. */
    public function run(int $connections): void
    {
        for ($i = 1; $i <= $connections; $i++) {
            $conn = new TcpConnection($i, '172.16.' . ($i % 256) . '.' . ($i * 7 % 256) . ':' . (30000 + $i % 30000));
            $conn->handshake = [
                'Sec-WebSocket-Key' => base64_encode(hash('md5', "ws{$i}", true)),
                'User-Agent' => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/121.0 build ' . $i,
                'Cookie' => 'PHPSESSID=' . hash('sha256', "sess{$i}") . '; remember=' . hash('sha256', "rem{$i}"),
                'Query' => 'room=lobby-' . ($i % 4) . '&nick=guest' . $i,
            ];
            $this->connections[$i] = $conn;
            ($this->onConnect)($conn);
            foreach (['/join', 'hello everyone', 'brb'] as $k => $text) {
                Timer::advance(1.5);
                ($this->onMessage)($conn, json_encode(['text' => $text, 'seq' => $k]));
                Timer::tick();
            }
            $conn->close();
            ($this->onClose)($conn);
            unset($this->connections[$i]);
        }
    }
}
