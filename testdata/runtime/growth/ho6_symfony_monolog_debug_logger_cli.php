<?php
// A console consumer logs through a Monolog logger that still carries the profiler's DebugProcessor in CLI, so every log record of every message is kept for a profiler that never runs.
// https://github.com/symfony/symfony/pull/30339

interface DebugLoggerInterface
{
    public function getLogs(): array;
}

final class DebugProcessor implements DebugLoggerInterface
{
    private array $records = [];

    public function __invoke(array $record): array
    {
        $this->records[] = [ // leak
            'timestamp' => $record['datetime'],
            'message' => $record['message'],
            'priority' => $record['level'],
            'priorityName' => $record['level_name'],
            'context' => $record['context'],
            'channel' => $record['channel'],
        ];
        return $record;
    }

    public function getLogs(): array
    {
        return $this->records;
    }
}

final class StreamHandler
{
    public int $written = 0;

    public function handle(array $record): void
    {
        $line = sprintf("[%d] %s.%s: %s\n", $record['datetime'], $record['channel'], $record['level_name'], $record['message']);
        $this->written += strlen($line);
    }
}

final class Logger
{
    private array $processors = [];

    public function __construct(private string $channel, private StreamHandler $handler) {}

    public function pushProcessor(callable $processor): void
    {
        array_unshift($this->processors, $processor);
    }

    public function info(string $message, array $context = []): void
    {
        $record = ['message' => $message, 'context' => $context, 'level' => 200, 'level_name' => 'INFO',
            'channel' => $this->channel, 'datetime' => 1700000000, 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        $this->handler->handle($record);
    }
}

final class Kernel
{
    public Logger $logger;

    public function boot(): void
    {
        $this->logger = new Logger('messenger', new StreamHandler());
        $this->logger->pushProcessor(new DebugProcessor());
    }
}

final class OrderShipped
{
    public function __construct(public readonly int $orderId, public readonly string $carrier, public readonly string $tracking) {}
}

final class ConsumeMessagesCommand
{
    public function __construct(private Logger $logger) {}

    public function consume(OrderShipped $message): void
    {
        $context = ['class' => OrderShipped::class, 'order' => $message->orderId, 'carrier' => $message->carrier,
            'tracking' => $message->tracking, 'transport' => 'async'];
        $this->logger->info('Received message {class} for order {order}', $context);
        $this->logger->info('Message {class} handled by App\MessageHandler\NotifyCustomerHandler::__invoke', $context);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new Kernel();
$kernel->boot();
$command = new ConsumeMessagesCommand($kernel->logger);
for ($i = 0; $i < $n; $i++) {
    $command->consume(new OrderShipped(50000 + $i, 'dhl', sprintf('JJD%018d', $i)));
}
