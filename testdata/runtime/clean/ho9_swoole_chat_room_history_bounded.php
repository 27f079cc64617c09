<?php
// Swoole WebSocket chat server keeping the last messages of a room so late joiners get a backlog.

namespace Swoole\WebSocket {
    final class Frame { public function __construct(public int $fd, public string $data) {} }

    final class Server
    {
        private array $handlers = [];
        public int $pushed = 0;

        public function on(string $event, callable $handler): void { $this->handlers[$event] = $handler; }

        public function push(int $fd, string $data): bool { $this->pushed += strlen($data); return true; }

        public function receive(Frame $frame): void { ($this->handlers['message'])($this, $frame); }
    }
}

namespace App\Chat {
    final class ChatLine
    {
        public function __construct(public readonly string $author, public readonly string $text, public readonly string $kind) {}
    }

    final class RoomHistory
    {
        private const MAX_LINES = 50;

        /** @var ChatLine[] */
        private array $lines = [];

        public function append(ChatLine $message, ChatLine $receipt): void
        {
            $this->lines[] = $message;
            $this->lines[] = $receipt;
            while (count($this->lines) > self::MAX_LINES) {
                array_shift($this->lines);
            }
        }

        public function backlog(): array { return $this->lines; }
    }
}

namespace {
    use App\Chat\ChatLine;
    use App\Chat\RoomHistory;
    use Swoole\WebSocket\Frame;
    use Swoole\WebSocket\Server;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $history = new RoomHistory();
    $server = new Server();
    $server->on('message', static function (Server $server, Frame $frame) use ($history): void {
        $payload = json_decode($frame->data, true);
        $message = new ChatLine($payload['user'], $payload['text'], 'message');
        $receipt = new ChatLine('system', 'delivered to ' . $payload['room'] . ' ' . str_repeat('.', 600), 'receipt');
        $history->append($message, $receipt);
        $server->push($frame->fd, json_encode(['ok' => true]));
    });

    for ($i = 0; $i < $n; $i++) {
        $server->receive(new Frame(1 + $i % 8, json_encode(['room' => 'support', 'user' => 'agent' . ($i % 8), 'text' => sprintf('Hi, about ticket #%06d: ', $i) . str_repeat('please check the attached log ', 24)])));
    }
}
