<?php

declare(strict_types=1);

namespace Workerman\Connection {

    final class TcpConnection
    {
        public int $bytesWritten = 0;

        public function __construct(public readonly string $remoteAddress)
        {
        }

        public function send(string $data): void
        {
            $this->bytesWritten += strlen($data);
        }
    }
}

namespace Workerman\Protocols\Http {

    final class Request
    {
        public function __construct(private string $path, private array $get, private array $headers)
        {
        }

        public function path(): string
        {
            return $this->path;
        }

        public function get(string $key, mixed $default = null): mixed
        {
            return $this->get[$key] ?? $default;
        }

        public function header(string $key, mixed $default = null): mixed
        {
            return $this->headers[$key] ?? $default;
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;

    final class Worker
    {
        /** @var callable|null */
        public $onMessage = null;
        public int $count = 1;
        private static array $workers = [];

        public function __construct(public readonly string $socketName)
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (self::$workers as $worker) {
                $connection = new TcpConnection('127.0.0.1:51234');
                for ($i = 0; $i < $n; $i++) {
                    $request = new Request('/search', ['q' => 'blue widget ' . $i, 'page' => (string) (1 + $i % 5)], [
                        'user-agent' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 Version/17.1 Safari/605.1.15',
                        'x-request-id' => bin2hex(random_bytes(16)),
                    ]);
                    ($worker->onMessage)($connection, $request);
                }
            }
        }
    }
}

namespace App\Logging {

    final class LogRecord
    {
        public function __construct(
            public readonly string $channel,
            public readonly string $level,
            public readonly string $message,
            public readonly array $context,
            public readonly float $time,
        ) {
        }
    }

    final class BufferedLogger
    {
        /** @var list<LogRecord> */
        private array $records = [];
        private int $written = 0;

        public function __construct(private string $channel, private int $bufferLimit = 0)
        {
        }

        public function log(string $level, string $message, array $context = []): void
        {
            $this->records[] = new LogRecord($this->channel, $level, $message, $context, microtime(true)); // leak
            if ($this->bufferLimit > 0 && count($this->records) >= $this->bufferLimit) {
                $this->flush();
            }
        }

        public function flush(): void
        {
            foreach ($this->records as $record) {
                $this->written += strlen($record->message) + strlen(json_encode($record->context));
            }
            $this->records = [];
        }
    }

    final class Log
    {
        private static ?BufferedLogger $logger = null;

        public static function logger(): BufferedLogger
        {
            return self::$logger ??= new BufferedLogger('http', 0);
        }

        public static function info(string $message, array $context = []): void
        {
            self::logger()->log('info', $message, $context);
        }
    }
}

namespace {

    use App\Logging\Log;
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;
    use Workerman\Worker;

    $http = new Worker('http://0.0.0.0:8080');
    $http->count = 4;
    $http->onMessage = static function (TcpConnection $connection, Request $request): void {
        $query = (string) $request->get('q', '');
        $page = (int) $request->get('page', 1);
        $results = array_map(static fn (int $k) => ['id' => $k, 'score' => 1 / ($k + 1)], range(1, 10));

        Log::info('search executed', [
            'query' => $query,
            'page' => $page,
            'hits' => count($results),
            'ids' => array_column($results, 'id'),
            'request_id' => $request->header('x-request-id'),
            'user_agent' => $request->header('user-agent'),
            'remote' => $connection->remoteAddress,
        ]);

        $connection->send(json_encode(['query' => $query, 'page' => $page, 'results' => $results]));
    };

    Worker::runAll();
}
