<?php
// FrankenPHP worker mode: public/index.php boots once and then loops on
// frankenphp_handle_request(). Every request tags the newsroom log channel
// with its own context for the duration of the request.

namespace {

    if (!function_exists('frankenphp_handle_request')) {
        // Stand-in for the SAPI: refills the superglobals and calls the handler.
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            $limit = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($served >= $limit) {
                return false;
            }
            $i = $served++;
            $hot = ['election-live-results', 'storm-warning-latest', 'cup-final-report'];
            $_GET = ['slug' => $i % 4 === 3 ? 'council-budget-review-' . (5000 + $i) : $hot[$i % 3], 'ref' => 'home'];
            $_SERVER['REQUEST_URI'] = '/api/articles/' . $_GET['slug'];
            $_SERVER['HTTP_X_REQUEST_ID'] = sprintf('%08x-%04x-4%03x-a%03x-%012x', 0x9e3779b9 ^ $i, $i & 0xffff, $i % 4096, ($i * 7) % 4096, 0x5deece66d + $i);
            $_SERVER['REMOTE_ADDR'] = '10.20.' . ($i % 256) . '.' . (($i * 13) % 256);
            $_SERVER['HTTP_USER_AGENT'] = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/122.0.' . (6261 + $i % 40) . '.64 Mobile';
            $_SERVER['HTTP_REFERER'] = 'https://news.example.com/section/politics?page=' . ($i % 9) . '&session=' . dechex(0xfeed0000 + $i);
            $handler();
            return true;
        }
    }
}

namespace Monolog {

    final class NullHandler
    {
        public int $handled = 0;

        public function handle(array $record): bool
        {
            $this->handled++;
            return true;
        }
    }

    final class Logger
    {
        /** @var list<callable> */
        private array $processors = [];

        public function __construct(private string $name, private NullHandler $handler)
        {
        }

        public function pushProcessor(callable $callback): self
        {
            array_unshift($this->processors, $callback); // leak
            return $this;
        }

        public function popProcessor(): callable
        {
            if ($this->processors === []) {
                throw new \LogicException('You tried to pop from an empty processor stack.');
            }
            return array_shift($this->processors);
        }

        public function info(string $message, array $context = []): void
        {
            $record = ['channel' => $this->name, 'level' => 'INFO', 'message' => $message, 'context' => $context, 'extra' => []];
            foreach ($this->processors as $processor) {
                $record = $processor($record);
            }
            $this->handler->handle($record);
        }
    }
}

namespace Ledger\Support {

    use Monolog\Logger;
    use Monolog\NullHandler;

    final class Log
    {
        /** @var array<string, Logger> */
        private static array $channels = [];

        public static function channel(string $name): Logger
        {
            return self::$channels[$name] ??= new Logger($name, new NullHandler());
        }
    }
}

namespace Ledger\Api {

    use Ledger\Support\Log;

    final class EdgeCache
    {
        /** @param array<string, string> $warm slug => rendered JSON, filled at boot */
        public function __construct(private array $warm)
        {
        }

        public function lookup(string $slug): ?string
        {
            return $this->warm[$slug] ?? null;
        }
    }

    final class ArticleApiController
    {
        public function __construct(private EdgeCache $edge)
        {
        }

        public function __invoke(array $query, array $server): string
        {
            $logger = Log::channel('newsroom');
            $logger->pushProcessor($this->requestContext($server)); // leak

            $slug = $this->slugFrom($query);
            $cached = $this->edge->lookup($slug);
            if ($cached !== null) {
                $logger->info('served from edge cache', ['slug' => $slug]);
                return $cached;
            }

            $logger->info('rendering article', ['slug' => $slug]);
            $json = json_encode([
                'slug' => $slug,
                'headline' => ucwords(str_replace('-', ' ', $slug)),
                'body' => '<p>Live copy for ' . htmlspecialchars($slug) . '</p>',
            ]);

            $logger->popProcessor();
            return $json;
        }

        private function slugFrom(array $query): string
        {
            return strtolower(preg_replace('/[^a-z0-9-]+/i', '', (string) ($query['slug'] ?? '')));
        }

        private function requestContext(array $server): \Closure
        {
            $context = [
                'request_id' => $server['HTTP_X_REQUEST_ID'] ?? null,
                'uri' => $server['REQUEST_URI'] ?? '/',
                'ip' => $server['REMOTE_ADDR'] ?? null,
                'user_agent' => $server['HTTP_USER_AGENT'] ?? null,
                'referer' => $server['HTTP_REFERER'] ?? null,
            ];

            return static function (array $record) use ($context): array {
                $record['extra'] += $context;
                return $record;
            };
        }
    }
}

namespace {

    use Ledger\Api\ArticleApiController;
    use Ledger\Api\EdgeCache;

    $warm = [];
    foreach (['election-live-results', 'storm-warning-latest', 'cup-final-report'] as $slug) {
        $warm[$slug] = json_encode(['slug' => $slug, 'headline' => ucwords(str_replace('-', ' ', $slug)), 'cached' => true]);
    }
    $controller = new ArticleApiController(new EdgeCache($warm));

    $handler = static function () use ($controller): void {
        $controller($_GET, $_SERVER);
    };

    while (frankenphp_handle_request($handler)) {
        gc_collect_cycles();
    }
}
