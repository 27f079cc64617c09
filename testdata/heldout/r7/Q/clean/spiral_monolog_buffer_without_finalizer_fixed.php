<?php
// A Spiral-style RoadRunner HTTP worker logs through a Monolog fingers-crossed buffer; the Monolog bootloader registers a finalizer that resets the logger after every request.
// https://github.com/spiral/framework/pull/584

final class LogRecord
{
    public function __construct(
        public readonly string $channel,
        public readonly int $level,
        public readonly string $message,
        public readonly array $context,
        public readonly float $time,
    ) {}
}

final class StreamHandler
{
    public int $written = 0;

    public function handleBatch(array $records): void
    {
        $this->written += count($records);
    }
}

final class FingersCrossedHandler
{
    private array $buffer = [];

    public function __construct(private StreamHandler $nested, private int $activationLevel = 400) {}

    public function handle(LogRecord $record): void
    {
        if ($record->level >= $this->activationLevel) {
            $this->nested->handleBatch([...$this->buffer, $record]);
            $this->buffer = [];
            return;
        }
        $this->buffer[] = $record;
    }

    public function reset(): void
    {
        $this->buffer = [];
    }
}

final class Logger
{
    public function __construct(private string $channel, private array $handlers) {}

    public function info(string $message, array $context = []): void
    {
        $record = new LogRecord($this->channel, 200, $message, $context, microtime(true));
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }

    public function reset(): void
    {
        foreach ($this->handlers as $handler) {
            $handler->reset();
        }
    }
}

final class Finalizer
{
    private array $finalizers = [];

    public function addFinalizer(callable $finalizer): void
    {
        $this->finalizers[] = $finalizer;
    }

    public function finalize(bool $terminate = false): void
    {
        foreach ($this->finalizers as $finalizer) {
            $finalizer($terminate);
        }
    }
}

final class MonologBootloader
{
    public function boot(Finalizer $finalizer): Logger
    {
        $logger = new Logger('http', [new FingersCrossedHandler(new StreamHandler())]);
        $finalizer->addFinalizer(static function (bool $terminate) use ($logger): void {
            $logger->reset();
        });

        return $logger;
    }
}

final class HttpDispatcher
{
    public function __construct(private Logger $logger, private Finalizer $finalizer) {}

    public function serve(array $request): string
    {
        try {
            $this->logger->info('Matched route {route} for {uri}', [
                'route' => 'catalog.product',
                'uri' => $request['uri'],
                'headers' => $request['headers'],
                'query' => $request['query'],
            ]);
            return json_encode(['product' => $request['query']['id'], 'ok' => true]);
        } finally {
            $this->finalizer->finalize(false);
        }
    }
}

$finalizer = new Finalizer();
$logger = (new MonologBootloader())->boot($finalizer);
$dispatcher = new HttpDispatcher($logger, $finalizer);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $dispatcher->serve([
        'uri' => "/catalog/products/{$i}?ref=newsletter",
        'headers' => ['user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36', 'accept' => 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8', 'x-request-id' => bin2hex(random_bytes(16))],
        'query' => ['id' => $i, 'ref' => 'newsletter', 'utm' => str_repeat('campaign-spring-sale-', 8)],
    ]);
}
