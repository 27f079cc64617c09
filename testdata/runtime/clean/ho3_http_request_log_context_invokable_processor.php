<?php
// A RoadRunner HTTP worker gives every request its own log context object that derives a named channel from the shared Monolog logger and enriches records with request data.

declare(strict_types=1);

namespace Monolog {

    interface HandlerInterface
    {
        /**
         * @param array<string, mixed> $record
         */
        public function handle(array $record): bool;
    }

    class Logger
    {
        public const DEBUG = 100;
        public const INFO = 200;
        public const WARNING = 300;
        public const ERROR = 400;

        /** @var list<callable> */
        protected array $processors = [];

        /**
         * @param list<HandlerInterface> $handlers
         */
        public function __construct(protected string $name, protected array $handlers = []) {}

        public function getName(): string
        {
            return $this->name;
        }

        public function withName(string $name): static
        {
            $new = clone $this;
            $new->name = $name;

            return $new;
        }

        public function pushProcessor(callable $callback): self
        {
            array_unshift($this->processors, $callback);

            return $this;
        }

        /**
         * @param array<string, mixed> $context
         */
        public function addRecord(int $level, string $message, array $context = []): bool
        {
            $record = [
                'message' => $message,
                'context' => $context,
                'level' => $level,
                'channel' => $this->name,
                'datetime' => microtime(true),
                'extra' => [],
            ];
            foreach ($this->processors as $processor) {
                $record = $processor($record);
            }
            $handled = false;
            foreach ($this->handlers as $handler) {
                $handled = $handler->handle($record) || $handled;
            }

            return $handled;
        }

        /**
         * @param array<string, mixed> $context
         */
        public function info(string $message, array $context = []): void
        {
            $this->addRecord(self::INFO, $message, $context);
        }

        /**
         * @param array<string, mixed> $context
         */
        public function warning(string $message, array $context = []): void
        {
            $this->addRecord(self::WARNING, $message, $context);
        }
    }
}

namespace Monolog\Handler {

    use Monolog\HandlerInterface;

    /**
     * Ships JSON lines to a log collector; only counters are kept locally.
     */
    final class CollectorHandler implements HandlerInterface
    {
        private int $bytesSent = 0;
        private int $records = 0;

        public function __construct(private readonly string $endpoint, private readonly int $minLevel = 100) {}

        public function handle(array $record): bool
        {
            if ($record['level'] < $this->minLevel) {
                return false;
            }
            $line = json_encode($record, JSON_THROW_ON_ERROR) . "\n";
            $this->bytesSent += strlen($line);
            $this->records++;

            return true;
        }
    }
}

namespace App\Http {

    use Monolog\Logger;

    final class ServerRequest
    {
        /**
         * @param array<string, string> $headers
         * @param array<string, mixed> $attributes
         */
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $headers,
            public readonly array $attributes = [],
        ) {}
    }

    /**
     * Adds request data to every record written through the request channel.
     */
    final class RequestProcessor
    {
        public function __construct(
            private readonly string $requestId,
            private readonly string $method,
            private readonly string $path,
            private readonly string $userAgent,
        ) {}

        /**
         * @param array<string, mixed> $record
         * @return array<string, mixed>
         */
        public function __invoke(array $record): array
        {
            $record['extra']['request_id'] = $this->requestId;
            $record['extra']['method'] = $this->method;
            $record['extra']['path'] = $this->path;
            $record['extra']['user_agent'] = $this->userAgent;

            return $record;
        }
    }

    final class RequestLogContext
    {
        private Logger $logger;
        private string $requestId;

        public function __construct(Logger $baseLogger, private readonly ServerRequest $request)
        {
            $this->requestId = $request->headers['X-Request-Id'] ?? bin2hex(random_bytes(8));
            $this->logger = $baseLogger->withName('http');
            $this->logger->pushProcessor(new RequestProcessor(
                $this->requestId,
                $request->method,
                $request->path,
                $request->headers['User-Agent'] ?? '-',
            ));
        }

        public function requestId(): string
        {
            return $this->requestId;
        }

        public function logger(): Logger
        {
            return $this->logger;
        }
    }

    final class ProfileController
    {
        public function show(ServerRequest $request, Logger $logger): string
        {
            $userId = (int) ($request->attributes['user_id'] ?? 0);
            $logger->info('Profile viewed', ['user_id' => $userId]);

            return json_encode(['id' => $userId, 'display_name' => 'user' . $userId], JSON_THROW_ON_ERROR);
        }
    }

    final class Worker
    {
        public function __construct(private readonly Logger $logger, private readonly ProfileController $controller) {}

        public function serve(ServerRequest $request): string
        {
            $context = new RequestLogContext($this->logger, $request);
            try {
                return $this->controller->show($request, $context->logger());
            } catch (\Throwable $e) {
                $context->logger()->warning('Unhandled exception', ['exception' => $e::class]);

                return '{"error":"internal"}';
            }
        }
    }
}

namespace {

    use App\Http\ProfileController;
    use App\Http\ServerRequest;
    use App\Http\Worker;
    use Monolog\Handler\CollectorHandler;
    use Monolog\Logger;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $logger = new Logger('app', [new CollectorHandler('udp://127.0.0.1:5140', Logger::INFO)]);
    $worker = new Worker($logger, new ProfileController());

    for ($i = 0; $i < $n; $i++) {
        $request = new ServerRequest('GET', '/profile/' . $i, [
            'X-Request-Id' => sprintf('%032x', $i),
            'User-Agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
            'Accept' => 'application/json',
            'Cookie' => 'session=' . str_repeat('ab', 120),
        ], ['user_id' => $i]);
        $worker->serve($request);
    }
}
