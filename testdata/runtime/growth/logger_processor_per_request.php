<?php
// A middleware pushes a request-id processor onto the shared logger for every request and never pops it.

final class Logger
{
    /** @var list<callable> */
    private array $processors = [];
    public int $written = 0;

    public function pushProcessor(callable $processor): void
    {
        array_unshift($this->processors, $processor); // leak
    }

    public function info(string $message, array $context = []): void
    {
        $record = ['message' => $message, 'context' => $context, 'extra' => []];
        foreach (array_slice($this->processors, 0, 1) as $processor) {
            $record = $processor($record);
        }
        $this->written++;
    }
}

final class RequestIdMiddleware
{
    public function __construct(private Logger $logger) {}

    public function process(array $request, Closure $next): array
    {
        $context = ['request_id' => $request['headers']['x-request-id'], 'traceparent' => $request['headers']['traceparent']];
        $this->logger->pushProcessor(static function (array $record) use ($context): array { // leak
            $record['extra'] += $context;
            return $record;
        });
        return $next($request);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$logger = new Logger();
$middleware = new RequestIdMiddleware($logger);
for ($i = 0; $i < $n; $i++) {
    $middleware->process(
        ['uri' => "/orders/{$i}", 'headers' => ['x-request-id' => bin2hex(random_bytes(16)), 'traceparent' => '00-' . str_repeat(dechex($i % 16), 300) . '-01']],
        static function (array $request) use ($logger): array {
            $logger->info('Handled {uri}', ['uri' => $request['uri']]);
            return ['status' => 200];
        },
    );
}
