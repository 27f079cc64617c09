<?php
// A structured logger shared through the service locator keeps a stack of logging contexts; the request middleware pushes the request's context so every log line carries the request id and user.

final class LogRecord
{
    public function __construct(
        public readonly string $level,
        public readonly string $message,
        public readonly array $context,
    ) {}
}

final class StructuredLogger
{
    private SplStack $contexts;
    private SplDoublyLinkedList $recent;
    private int $written = 0;

    public function __construct(private string $channel, private int $keepRecent = 25)
    {
        $this->contexts = new SplStack();
        $this->recent = new SplDoublyLinkedList();
    }

    public function pushContext(array $context): void
    {
        $this->contexts->push($context); // leak
    }

    public function popContext(): ?array
    {
        return $this->contexts->isEmpty() ? null : $this->contexts->pop();
    }

    public function log(string $level, string $message, array $context = []): void
    {
        $merged = $context;
        if (!$this->contexts->isEmpty()) {
            $merged += $this->contexts->top();
        }
        $record = new LogRecord($level, $this->interpolate($message, $merged), $merged);
        $this->recent->push($record);
        if ($this->recent->count() > $this->keepRecent) {
            $this->recent->shift();
        }
        $this->written++;
    }

    public function info(string $message, array $context = []): void
    {
        $this->log('info', $message, $context);
    }

    private function interpolate(string $message, array $context): string
    {
        $replace = [];
        foreach ($context as $key => $value) {
            if (is_scalar($value)) {
                $replace['{' . $key . '}'] = (string) $value;
            }
        }
        return sprintf('[%s] %s', $this->channel, strtr($message, $replace));
    }
}

final class ServiceLocator
{
    private static array $services = [];

    public static function set(string $id, object $service): void
    {
        self::$services[$id] = $service;
    }

    public static function get(string $id): object
    {
        return self::$services[$id] ?? throw new RuntimeException("Service {$id} not found");
    }
}

final class RequestContextMiddleware
{
    public function handle(array $request, Closure $next): array
    {
        /** @var StructuredLogger $logger */
        $logger = ServiceLocator::get('logger');
        $logger->pushContext([
            'request_id' => $request['id'],
            'user' => $request['user'],
            'route' => $request['route'],
            'user_agent' => $request['headers']['User-Agent'] ?? '-',
            'forwarded_for' => $request['headers']['X-Forwarded-For'] ?? '-',
        ]);
        $logger->info('Handling {route}');
        return $next($request);
    }
}

function show_invoice(array $request): array
{
    ServiceLocator::get('logger')->info('Invoice {invoice} rendered', ['invoice' => $request['params']['invoice']]);
    return ['status' => 200];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
ServiceLocator::set('logger', new StructuredLogger('app'));
$middleware = new RequestContextMiddleware();
for ($i = 0; $i < $n; $i++) {
    $middleware->handle([
        'id' => sprintf('%08x-%04x-4%03x', $i * 2654435761 % 0xffffffff, $i % 0xffff, $i % 0xfff),
        'user' => 'user' . ($i % 300) . '@example.com',
        'route' => 'invoices.show',
        'params' => ['invoice' => 'INV-' . (9000 + $i)],
        'headers' => [
            'User-Agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
            'X-Forwarded-For' => '203.0.113.' . ($i % 200) . ', 10.0.0.1',
        ],
    ], fn (array $request) => show_invoice($request));
}
