<?php

declare(strict_types=1);

namespace Workerman\Connection {
    use Workerman\Worker;

    #[\AllowDynamicProperties]
    class TcpConnection
    {
        protected static int $idRecorder = 1;

        public int $id;
        public ?\Closure $onMessage = null;
        public ?\Closure $onClose = null;
        public int $bytesWritten = 0;
        public string $remoteAddress;

        public function __construct(public Worker $worker, string $remoteAddress)
        {
            $this->id = self::$idRecorder++;
            $this->remoteAddress = $remoteAddress;
        }

        public function send(string $buffer): bool
        {
            $this->bytesWritten += strlen($buffer);
            return true;
        }

        /** Called by the event loop when bytes arrive. */
        public function receive(string $buffer): void
        {
            if ($this->onMessage !== null) {
                ($this->onMessage)($this, $buffer);
            }
        }

        public function close(): void
        {
            if ($this->onClose !== null) {
                ($this->onClose)($this);
            }
            $this->destroy();
        }

        public function destroy(): void
        {
            unset($this->worker->connections[$this->id]);
            $this->onMessage = $this->onClose = null;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    class Worker
    {
        public ?\Closure $onWorkerStart = null;
        public ?\Closure $onConnect = null;
        public ?\Closure $onMessage = null;
        public ?\Closure $onClose = null;

        /** @var array<int, TcpConnection> */
        public array $connections = [];

        public function __construct(public string $socketName)
        {
        }

        /** Stand-in for the accept() path of the event loop. */
        public function acceptConnection(string $remoteAddress): TcpConnection
        {
            $connection = new TcpConnection($this, $remoteAddress);
            $connection->onMessage = $this->onMessage;
            $connection->onClose = $this->onClose;
            $this->connections[$connection->id] = $connection;
            if ($this->onConnect !== null) {
                ($this->onConnect)($connection);
            }
            return $connection;
        }
    }
}

namespace App\Realtime {
    use Workerman\Connection\TcpConnection;

    final class Hub
    {
        /** @var array<int, Session> */
        private array $sessions = [];

        public function attach(Session $session): void
        {
            $this->sessions[$session->id] = $session; // leak
        }

        public function detach(Session $session): void
        {
            unset($this->sessions[$session->id]);
        }

        public function session(int $connectionId): ?Session
        {
            return $this->sessions[$connectionId] ?? null;
        }

        public function broadcast(string $channel, string $payload): int
        {
            $sent = 0;
            foreach ($this->sessions as $session) {
                if ($session->follows($channel)) {
                    $session->push($payload);
                    $sent++;
                }
            }
            return $sent;
        }
    }

    abstract class Session
    {
        public readonly int $id;

        /** @var array<string, true> */
        protected array $channels = [];

        public function __construct(protected Hub $hub, protected TcpConnection $connection)
        {
            $this->id = $connection->id;
            $hub->attach($this); // leak
        }

        abstract public function handle(array $frame): void;

        public function follows(string $channel): bool
        {
            return isset($this->channels[$channel]);
        }

        public function push(string $payload): void
        {
            $this->connection->send($payload);
        }

        public function close(): void
        {
            $this->channels = [];
            $this->hub->detach($this);
        }
    }

    final class PostStore
    {
        /** @return list<array{id: int, author: string, body: string}> */
        public function latest(string $blog, int $limit): array
        {
            $posts = [];
            for ($i = 0; $i < $limit; $i++) {
                $posts[] = [
                    'id' => 9000 + $i,
                    'author' => 'Newsdesk',
                    'body' => sprintf('%s update %d: the committee has adjourned until the afternoon session, with the vote on the budget amendment now expected after %d pm.', $blog, $i, 2 + $i),
                ];
            }
            return $posts;
        }
    }

    final class LiveBlogSession extends Session
    {
        /** @var list<string> what this reader has already been sent */
        private array $backlog = [];

        private int $views = 0;

        public function __construct(Hub $hub, TcpConnection $connection, private PostStore $posts)
        {
            parent::__construct($hub, $connection);
        }

        public function handle(array $frame): void
        {
            if (($frame['type'] ?? '') === 'follow') {
                $blog = (string) $frame['blog'];
                $this->channels['liveblog.' . $blog] = true;
                foreach ($this->posts->latest($blog, 4) as $post) {
                    $this->backlog[] = $json = json_encode(['type' => 'post', 'post' => $post]);
                    $this->push($json);
                }
                $this->views++;
            }
        }

        public function close(): void
        {
            $this->push(json_encode(['type' => 'bye', 'views' => $this->views]));
            $this->channels = [];
        }
    }

    final class SessionFactory
    {
        /** @param class-string<Session> $class */
        public function __construct(private Hub $hub, private PostStore $posts, private string $class = LiveBlogSession::class)
        {
        }

        public function open(TcpConnection $connection): Session
        {
            return new ($this->class)($this->hub, $connection, $this->posts);
        }
    }
}

namespace {
    use App\Realtime\Hub;
    use App\Realtime\PostStore;
    use App\Realtime\SessionFactory;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $hub = new Hub();
    $sessions = new SessionFactory($hub, new PostStore());

    $worker = new Worker('websocket://0.0.0.0:2346');
    $worker->onConnect = static function (TcpConnection $connection) use ($sessions): void {
        $sessions->open($connection);
    };
    $worker->onMessage = static function (TcpConnection $connection, string $data) use ($hub): void {
        $hub->session($connection->id)?->handle(json_decode($data, true) ?? []);
    };
    $worker->onClose = static function (TcpConnection $connection) use ($hub): void {
        $hub->session($connection->id)?->close();
    };

    // Worker::runAll(): readers open the page, follow a live blog, leave.
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $connection = $worker->acceptConnection('198.51.100.' . ($i % 250) . ':' . (40000 + $i % 20000));
        $connection->receive(json_encode(['type' => 'follow', 'blog' => 'budget-' . ($i % 3)]));
        $connection->close();
        unset($connection);
    }
}
