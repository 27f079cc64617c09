<?php

// FrankenPHP worker script (public/index.php in worker mode): the kernel and
// its services are built once, then frankenphp_handle_request() runs the
// handler for every request with fresh superglobals.

namespace Runtime\FrankenPhp {
    /** Stand-in for the SAPI: replays storefront traffic into the handler. */
    final class Sapi
    {
        public static int $remaining = 0;

        public static int $served = 0;

        public static function handle(callable $handler): bool
        {
            if (self::$remaining-- <= 0) {
                return false;
            }
            $i = self::$served++;
            $_SERVER = [
                'REQUEST_METHOD' => 'GET',
                'REQUEST_URI' => '/catalog/' . ['sofas', 'beds', 'desks', 'lamps'][$i % 4] . '?page=' . (1 + $i % 7),
                'REMOTE_ADDR' => '10.0.' . ($i % 250) . '.' . (1 + $i % 200),
                'HTTP_USER_AGENT' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
                'HTTP_REFERER' => 'https://shop.example.com/catalog?page=' . $i,
                'HTTP_X_REQUEST_ID' => sprintf('fr-%08x', $i),
                'REQUEST_TIME_FLOAT' => microtime(true),
            ];
            parse_str((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY), $_GET);
            ob_start();
            try {
                $handler();
            } finally {
                ob_end_clean();
                $_GET = [];
            }

            return true;
        }
    }
}

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        function frankenphp_handle_request(callable $callback): bool
        {
            return \Runtime\FrankenPhp\Sapi::handle($callback);
        }
    }
}

namespace App\Logging {
    final class Level
    {
        public const DEBUG = 100;
        public const INFO = 200;
        public const WARNING = 300;
        public const ERROR = 400;

        public const NAMES = ['debug' => self::DEBUG, 'info' => self::INFO, 'warning' => self::WARNING, 'error' => self::ERROR];

        public static function fromName(string $name): int
        {
            return self::NAMES[$name];
        }
    }

    interface HandlerInterface
    {
        public function handle(array $record): bool;

        public function close(): void;
    }

    abstract class AbstractHandler implements HandlerInterface
    {
        public function __construct(protected int $level = Level::DEBUG)
        {
        }

        public function isHandling(array $record): bool
        {
            return $record['level'] >= $this->level;
        }

        public function close(): void
        {
        }

        public function __destruct()
        {
            $this->close();
        }
    }

    final class StreamHandler extends AbstractHandler
    {
        /** @var resource|null */
        private $stream = null;

        public function __construct(private string $path, int $level = Level::DEBUG)
        {
            parent::__construct($level);
        }

        public function handle(array $record): bool
        {
            if (!$this->isHandling($record)) {
                return false;
            }
            $this->stream ??= fopen($this->path, 'ab');
            fwrite($this->stream, sprintf(
                "[%s] %s.%s: %s %s\n",
                $record['datetime']->format('Y-m-d\TH:i:s.uP'),
                $record['channel'],
                $record['level_name'],
                $record['message'],
                json_encode($record['context']),
            ));

            return true;
        }

        public function close(): void
        {
            if ($this->stream !== null) {
                fclose($this->stream);
                $this->stream = null;
            }
        }
    }

    /**
     * Holds records back and writes them in one go: when the buffer is full,
     * when a record at flush level arrives, or when the handler is closed.
     */
    final class BufferHandler extends AbstractHandler
    {
        private array $buffer = [];

        private int $bufferSize = 0;

        public function __construct(
            private HandlerInterface $handler,
            private int $bufferLimit = 0,
            private int $flushLevel = Level::ERROR,
            int $level = Level::DEBUG,
        ) {
            parent::__construct($level);
        }

        public function handle(array $record): bool
        {
            if (!$this->isHandling($record)) {
                return false;
            }
            if ($this->bufferLimit > 0 && $this->bufferSize === $this->bufferLimit) {
                $this->flush();
            }
            $this->buffer[] = $record;
            $this->bufferSize++;
            if ($record['level'] >= $this->flushLevel) {
                $this->flush();
            }

            return true;
        }

        public function flush(): void
        {
            foreach ($this->buffer as $record) {
                $this->handler->handle($record);
            }
            $this->buffer = [];
            $this->bufferSize = 0;
        }

        public function close(): void
        {
            $this->flush();
            $this->handler->close();
        }
    }

    final class Logger
    {
        /** @param list<HandlerInterface> $handlers */
        public function __construct(private string $channel, private array $handlers)
        {
        }

        public function log(int $level, string $message, array $context = []): void
        {
            $record = [
                'message' => $message,
                'context' => $context,
                'level' => $level,
                'level_name' => strtoupper(array_search($level, Level::NAMES, true)),
                'channel' => $this->channel,
                'datetime' => new \DateTimeImmutable(),
                'extra' => [],
            ];
            foreach ($this->handlers as $handler) {
                $handler->handle($record);
            }
        }

        public function info(string $message, array $context = []): void
        {
            $this->log(Level::INFO, $message, $context);
        }
    }

    final class LoggerFactory
    {
        public function __construct(private array $channels)
        {
        }

        public function channel(string $name): Logger
        {
            $config = $this->channels[$name];
            $handler = new StreamHandler($config['path'], Level::fromName($config['level']));
            if ($config['driver'] === 'buffer') {
                $handler = new BufferHandler(
                    $handler,
                    $config['buffer_limit'],
                    Level::fromName($config['flush_level']),
                    Level::fromName($config['level']),
                );
            }

            return new Logger($name, [$handler]);
        }
    }
}

namespace App\Http {
    use App\Logging\Logger;

    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $query,
            public readonly array $server,
        ) {
        }

        public static function fromGlobals(): self
        {
            return new self($_SERVER['REQUEST_METHOD'], (string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH), $_GET, $_SERVER);
        }
    }

    final class Response
    {
        public function __construct(public string $body, public int $status = 200, public array $headers = [])
        {
        }

        public function send(): void
        {
            echo $this->body;
        }
    }

    interface Middleware
    {
        public function process(Request $request, callable $next): Response;
    }

    final class AccessLogMiddleware implements Middleware
    {
        public function __construct(private Logger $accessLog)
        {
        }

        public function process(Request $request, callable $next): Response
        {
            $started = hrtime(true);
            $response = $next($request);
            $this->accessLog->info(sprintf('%s %s %d', $request->method, $request->server['REQUEST_URI'], $response->status), [
                'ip' => $request->server['REMOTE_ADDR'],
                'user_agent' => $request->server['HTTP_USER_AGENT'],
                'referer' => $request->server['HTTP_REFERER'] ?? null,
                'request_id' => $request->server['HTTP_X_REQUEST_ID'] ?? null,
                'duration_ms' => round((hrtime(true) - $started) / 1e6, 3),
                'bytes' => strlen($response->body),
            ]);

            return $response;
        }
    }

    final class CatalogController
    {
        public function __invoke(Request $request): Response
        {
            $category = basename($request->path);
            $page = max(1, (int) ($request->query['page'] ?? 1));
            $items = [];
            for ($i = 1; $i <= 12; $i++) {
                $items[] = ['sku' => sprintf('%s-%03d', $category, ($page - 1) * 12 + $i)];
            }

            return new Response(json_encode(['category' => $category, 'page' => $page, 'items' => $items]), 200, ['Content-Type' => 'application/json']);
        }
    }

    final class Kernel
    {
        /** @param list<Middleware> $middleware */
        public function __construct(private array $middleware, private CatalogController $controller)
        {
        }

        public function handle(Request $request): Response
        {
            $next = fn (Request $request): Response => ($this->controller)($request);
            foreach (array_reverse($this->middleware) as $middleware) {
                $next = static fn (Request $request): Response => $middleware->process($request, $next);
            }

            return $next($request);
        }

        public function terminate(): void
        {
            // Per-request state is request-scoped; nothing to reset here.
        }
    }
}

namespace {
    use App\Http\AccessLogMiddleware;
    use App\Http\CatalogController;
    use App\Http\Kernel;
    use App\Http\Request;
    use App\Logging\LoggerFactory;

    $config = [
        'logging' => [
            'channels' => [
                'access' => [
                    'driver' => 'buffer',
                    'path' => '/dev/null',
                    'level' => 'info',
                    // Write access lines in batches; errors flush at once.
                    'buffer_limit' => 100,
                    'flush_level' => 'error',
                ],
            ],
        ],
    ];

    $logs = new LoggerFactory($config['logging']['channels']);
    $kernel = new Kernel([new AccessLogMiddleware($logs->channel('access'))], new CatalogController());

    \Runtime\FrankenPhp\Sapi::$remaining = (int) (getenv('PHPLEAK_N') ?: 100);

    $handler = static function () use ($kernel): void {
        $kernel->handle(Request::fromGlobals())->send();
    };

    $maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
    for ($nbRequests = 0; !$maxRequests || $nbRequests < $maxRequests; ++$nbRequests) {
        $keepRunning = \frankenphp_handle_request($handler);
        $kernel->terminate();
        if (!$keepRunning) {
            break;
        }
    }
}
