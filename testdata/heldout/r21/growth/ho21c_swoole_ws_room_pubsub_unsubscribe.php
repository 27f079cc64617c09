<?php

declare(strict_types=1);

namespace Realtime\PubSub {

    final class Message
    {
        public function __construct(
            public readonly string $channel,
            public readonly string $payload,
        ) {
        }
    }

    /**
     * In-process fan-out of Redis pub/sub messages: one Redis subscription per
     * worker, many local listeners per channel.
     */
    final class Hub
    {
        /** @var array<string, list<\Closure>> */
        private array $listeners = [];

        public function subscribe(string $channel, \Closure $listener): void
        {
            $this->listeners[$channel][] = $listener; // leak
        }

        public function unsubscribe(string $channel, \Closure $listener): void
        {
            $key = array_search($listener, $this->listeners[$channel] ?? [], true);
            if ($key !== false) {
                unset($this->listeners[$channel][$key]);
            }
        }

        public function publish(Message $message): int
        {
            $delivered = 0;
            foreach ($this->listeners[$message->channel] ?? [] as $listener) {
                $listener($message);
                $delivered++;
            }

            return $delivered;
        }
    }
}

namespace Realtime\WebSocket {

    use Realtime\PubSub\Hub;
    use Realtime\PubSub\Message;

    /** Stand-in for Swoole\WebSocket\Server::push(). */
    final class Pusher
    {
        private int $frames = 0;

        public function push(int $fd, string $data): bool
        {
            $this->frames++;

            return $data !== '';
        }
    }

    final class RoomSession
    {
        private int $forwarded = 0;

        public function __construct(
            private readonly int $fd,
            private readonly string $room,
            private readonly array $user,
            private readonly Hub $hub,
            private readonly Pusher $pusher,
        ) {
        }

        public function join(): void
        {
            $this->hub->subscribe('room:' . $this->room, $this->forwarder()); // leak
        }

        public function leave(): void
        {
            $this->hub->unsubscribe('room:' . $this->room, $this->forwarder());
        }

        private function forwarder(): \Closure
        {
            return function (Message $message): void {
                $envelope = ['room' => $this->room, 'to' => $this->user['name'], 'data' => json_decode($message->payload, true)];
                if ($this->pusher->push($this->fd, json_encode($envelope, JSON_THROW_ON_ERROR))) {
                    $this->forwarded++;
                }
            };
        }
    }

    /** The part of the Swoole WebSocket server app that handles open/close events. */
    final class RoomController
    {
        /** @var array<int, RoomSession> */
        private array $sessions = [];

        public function __construct(private readonly Hub $hub, private readonly Pusher $pusher)
        {
        }

        public function onOpen(int $fd, array $query, array $user): void
        {
            $room = \in_array($query['room'] ?? '', ['general', 'random', 'support'], true) ? $query['room'] : 'general';
            $session = new RoomSession($fd, $room, $user, $this->hub, $this->pusher);
            $session->join();
            $this->sessions[$fd] = $session;
        }

        public function onClose(int $fd): void
        {
            $this->sessions[$fd]?->leave();
            unset($this->sessions[$fd]);
        }
    }
}

namespace {

    use Realtime\PubSub\Hub;
    use Realtime\PubSub\Message;
    use Realtime\WebSocket\Pusher;
    use Realtime\WebSocket\RoomController;

    $hub = new Hub();
    $controller = new RoomController($hub, new Pusher());
    $rooms = ['general', 'random', 'support'];

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($fd = 1; $fd <= $n; $fd++) {
        $user = [
            'id' => 7000 + $fd,
            'name' => 'guest-' . substr(sha1((string) $fd), 0, 10),
            'agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124.0 build ' . $fd,
            'roles' => ['viewer', 'chat:' . $rooms[$fd % 3]],
            'token' => bin2hex(random_bytes(48)),
        ];
        $controller->onOpen($fd, ['room' => $rooms[$fd % 3]], $user);
        $hub->publish(new Message('room:' . $rooms[$fd % 3], json_encode(['from' => 'system', 'text' => "user $fd joined"], JSON_THROW_ON_ERROR)));
        $controller->onClose($fd);
    }
}
