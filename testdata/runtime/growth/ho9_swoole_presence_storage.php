<?php
// A Swoole WebSocket server tracks peers by fd and their presence details in an SplObjectStorage keyed by peer.

namespace Swoole\WebSocket {
    final class Frame
    {
        public function __construct(public int $fd, public string $data) {}
    }

    final class Server
    {
        private array $handlers = [];

        public function __construct(public string $host, public int $port) {}

        public function on(string $event, callable $handler): void
        {
            $this->handlers[$event] = $handler;
        }

        public function push(int $fd, string $data): bool
        {
            return true;
        }

        public function emit(string $event, mixed ...$args): void
        {
            ($this->handlers[$event])($this, ...$args);
        }
    }
}

namespace App\Presence {
    use Swoole\WebSocket\Frame;
    use Swoole\WebSocket\Server;

    final class Peer
    {
        public function __construct(public readonly int $fd, public readonly string $userId) {}
    }

    final class PresenceInfo
    {
        public function __construct(public string $status, public readonly string $device, public array $rooms) {}
    }

    final class PresenceHub
    {
        private array $peers = [];
        private \SplObjectStorage $presence;

        public function __construct()
        {
            $this->presence = new \SplObjectStorage();
        }

        public function open(Server $server, int $fd, string $userId, string $device): void
        {
            $peer = $this->peers[$fd] = new Peer($fd, $userId);
            $this->presence[$peer] = new PresenceInfo('online', $device, ['lobby']); // leak
        }

        public function message(Server $server, Frame $frame): void
        {
            $info = $this->presence[$this->peers[$frame->fd]];
            $info->rooms[] = $frame->data;
            $server->push($frame->fd, json_encode(['ok' => true]));
        }

        public function close(Server $server, int $fd): void
        {
            $peer = $this->peers[$fd];
            unset($this->peers[$fd]);
            $server->push($fd, json_encode(['left' => $peer->userId]));
        }
    }
}

namespace {
    use App\Presence\PresenceHub;
    use Swoole\WebSocket\Server;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $server = new Server('0.0.0.0', 9502);
    $hub = new PresenceHub();
    $server->on('open', [$hub, 'open']);
    $server->on('message', [$hub, 'message']);
    $server->on('close', [$hub, 'close']);

    for ($i = 0; $i < $n; $i++) {
        $fd = $i + 1;
        $server->emit('open', $fd, 'user-' . $i, str_repeat("iPhone14,2; iOS 17.{$i}; ", 16));
        $server->emit('message', new Swoole\WebSocket\Frame($fd, 'room-' . ($i % 7)));
        $server->emit('close', $fd);
    }
}
