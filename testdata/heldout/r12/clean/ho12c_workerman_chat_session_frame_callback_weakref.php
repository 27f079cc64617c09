<?php

declare(strict_types=1);

namespace Workerman\Connection {

    final class TcpConnection
    {
        private static int $nextId = 1;

        public readonly int $id;

        /** @var list<string> */
        public array $sent = [];

        public function __construct(public readonly string $remoteAddress)
        {
            $this->id = self::$nextId++;
        }

        public function send(string $data): void
        {
            $this->sent = [$data];
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;

    /** Stand-in for Workerman\Worker: replays connect/message/close events. */
    final class Worker
    {
        /** @var (callable(TcpConnection): void)|null */
        public $onConnect = null;

        /** @var (callable(TcpConnection, string): void)|null */
        public $onMessage = null;

        /** @var (callable(TcpConnection): void)|null */
        public $onClose = null;

        public function __construct(public readonly string $listen)
        {
        }

        public function runAll(int $connections): void
        {
            for ($i = 0; $i < $connections; $i++) {
                $connection = new TcpConnection('198.51.100.' . $i % 250 . ':' . (40000 + $i));
                ($this->onConnect)($connection);
                ($this->onMessage)($connection, "JOIN #support\nMSG #support hello from client {$i}, my order ORD-{$i} never arrived\n");
                ($this->onClose)($connection);
            }
        }
    }
}

namespace App\Chat {

    use Workerman\Connection\TcpConnection;

    /** Splits a raw socket buffer into protocol frames and emits them. */
    final class FrameParser
    {
        /** @var array<string, list<\Closure>> */
        private array $listeners = [];

        private string $buffer = '';

        public function on(string $event, \Closure $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function feed(string $bytes): void
        {
            $this->buffer .= $bytes;
            while (($pos = strpos($this->buffer, "\n")) !== false) {
                $frame = substr($this->buffer, 0, $pos);
                $this->buffer = substr($this->buffer, $pos + 1);
                foreach ($this->listeners['frame'] ?? [] as $listener) {
                    $listener($frame);
                }
            }
        }
    }

    final class ChatSession
    {
        private readonly FrameParser $parser;

        /** @var list<string> */
        private array $channels = [];

        private string $lastMessage = '';

        public function __construct(private readonly TcpConnection $connection)
        {
            $this->parser = new FrameParser();
            $session = \WeakReference::create($this);
            $this->parser->on('frame', static fn (string $frame) => $session->get()?->handleFrame($frame));
        }

        public function receive(string $bytes): void
        {
            $this->parser->feed($bytes);
        }

        private function handleFrame(string $frame): void
        {
            [$command, $rest] = explode(' ', $frame, 2) + [1 => ''];
            match ($command) {
                'JOIN' => $this->channels[] = $rest,
                'MSG' => $this->lastMessage = $rest,
                default => null,
            };
            $this->connection->send("ACK {$command}");
        }
    }

    final class ChatGateway
    {
        /** @var array<int, ChatSession> */
        private array $sessions = [];

        public function onConnect(TcpConnection $connection): void
        {
            $this->sessions[$connection->id] = new ChatSession($connection);
        }

        public function onMessage(TcpConnection $connection, string $data): void
        {
            $this->sessions[$connection->id]->receive($data);
        }

        public function onClose(TcpConnection $connection): void
        {
            unset($this->sessions[$connection->id]);
        }
    }
}

namespace {

    use App\Chat\ChatGateway;
    use Workerman\Worker;

    $gateway = new ChatGateway();

    $worker = new Worker('websocket://0.0.0.0:2346');
    $worker->onConnect = $gateway->onConnect(...);
    $worker->onMessage = $gateway->onMessage(...);
    $worker->onClose = $gateway->onClose(...);

    $worker->runAll((int) (getenv('PHPLEAK_N') ?: 100));
}
