<?php

declare(strict_types=1);

namespace Evenement {
    trait EventEmitterTrait
    {
        protected array $listeners = [];

        public function on(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function emit(string $event, array $arguments = []): void
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener(...$arguments);
            }
        }

        public function removeAllListeners(?string $event = null): void
        {
            if ($event === null) {
                $this->listeners = [];
            } else {
                unset($this->listeners[$event]);
            }
        }
    }
}

namespace React\Socket {
    use Evenement\EventEmitterTrait;

    final class Connection
    {
        use EventEmitterTrait;

        private string $written = '';
        private bool $closed = false;

        public function __construct(public readonly string $remoteAddress)
        {
        }

        public function write(string $data): void
        {
            $this->written = $data;
        }

        public function close(): void
        {
            if ($this->closed) {
                return;
            }
            $this->closed = true;
            $this->emit('close');
            $this->removeAllListeners();
        }
    }

    final class SocketServer
    {
        use EventEmitterTrait;

        public function __construct(public readonly string $uri)
        {
        }
    }
}

namespace React\EventLoop {
    final class Loop
    {
        private static ?\SplQueue $ticks = null;

        public static function futureTick(callable $callback): void
        {
            (self::$ticks ??= new \SplQueue())->enqueue($callback);
        }

        public static function run(): void
        {
            while (self::$ticks && !self::$ticks->isEmpty()) {
                $tick = self::$ticks->dequeue();
                $tick();
            }
        }
    }
}

namespace Chat {
    use Closure;
    use React\Socket\Connection;

    trait HandlesCommands
    {
        /** @var array<string, Closure> */
        private static array $commands = [];
        /** @var array<string, Closure> */
        private array $boundCommands = [];

        public static function command(string $name, Closure $handler): void
        {
            self::$commands[$name] = $handler;
        }

        protected function runCommand(string $name, array $args): void
        {
            if (!isset(self::$commands[$name])) {
                $this->send(sprintf('* unknown command /%s', $name));

                return;
            }

            $handler = $this->boundCommands[$name] ??= Closure::bind(self::$commands[$name], $this, static::class); // leak
            $handler(...$args);
        }
    }

    final class Room
    {
        /** @var array<int, Session> */
        private array $members = [];
        private int $messages = 0;

        public function __construct(public readonly string $name)
        {
        }

        public function join(Session $session): void
        {
            $this->members[$session->id] = $session;
        }

        public function leave(Session $session): void
        {
            unset($this->members[$session->id]);
        }

        public function broadcast(Session $from, string $text): void
        {
            $this->messages++;
            foreach ($this->members as $member) {
                if ($member !== $from) {
                    $member->send(sprintf('<%s> %s', $from->nick, $text));
                }
            }
        }
    }

    final class Session
    {
        use HandlesCommands;

        public string $nick;
        private array $history = [];
        private string $topic = '';

        public function __construct(
            public readonly int $id,
            private readonly Connection $connection,
            private readonly Room $room,
        ) {
            $this->nick = 'guest' . $id;
        }

        public function receive(string $line): void
        {
            $line = rtrim($line, "\r\n");
            $this->history[] = $line;
            if (str_starts_with($line, '/')) {
                $parts = explode(' ', substr($line, 1));
                $this->runCommand(array_shift($parts), $parts);

                return;
            }
            $this->room->broadcast($this, $line);
        }

        public function send(string $text): void
        {
            $this->connection->write($text . "\n");
        }
    }
}

namespace {
    use Chat\Room;
    use Chat\Session;
    use React\EventLoop\Loop;
    use React\Socket\Connection;
    use React\Socket\SocketServer;

    Session::command('nick', function (string $nick = ''): void {
        $old = $this->nick;
        $this->nick = $nick !== '' ? $nick : $this->nick;
        $this->room->broadcast($this, sprintf('* %s is now known as %s', $old, $this->nick));
    });
    Session::command('topic', function (string ...$words): void {
        $this->topic = implode(' ', $words);
        $this->send('* topic set to: ' . $this->topic);
    });
    Session::command('me', function (string ...$words): void {
        $this->room->broadcast($this, sprintf('* %s %s', $this->nick, implode(' ', $words)));
    });

    $lobby = new Room('#lobby');
    $server = new SocketServer('0.0.0.0:8080');
    $server->on('connection', function (Connection $connection) use ($lobby): void {
        static $nextId = 0;
        $session = new Session(++$nextId, $connection, $lobby);
        $lobby->join($session);
        $connection->on('data', function (string $chunk) use ($session): void {
            foreach (explode("\n", trim($chunk)) as $line) {
                $session->receive($line);
            }
        });
        $connection->on('close', function () use ($session, $lobby): void {
            $lobby->leave($session);
        });
    });

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        Loop::futureTick(function () use ($server, $i): void {
            $connection = new Connection("10.0.{$i}.7:50123");
            $server->emit('connection', [$connection]);
            $connection->emit('data', ["/nick user{$i}\nhello from client {$i}, anyone around?\n/topic release planning for sprint {$i}\n"]);
            $connection->emit('data', ["/me waves at everyone in the lobby\n/away\n"]);
            $connection->close();
        });
    }
    Loop::run();
}
