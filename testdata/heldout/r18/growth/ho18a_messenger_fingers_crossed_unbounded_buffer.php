<?php

declare(strict_types=1);

namespace App\Logging;

enum Level: int
{
    case Debug = 100;
    case Info = 200;
    case Warning = 300;
    case Error = 400;
    case Critical = 500;
}

final class LogRecord
{
    public function __construct(
        public readonly \DateTimeImmutable $datetime,
        public readonly string $channel,
        public readonly Level $level,
        public readonly string $message,
        public readonly array $context = [],
    ) {
    }
}

interface HandlerInterface
{
    public function handle(LogRecord $record): bool;
}

interface ActivationStrategyInterface
{
    public function isHandlerActivated(LogRecord $record): bool;
}

final class ErrorLevelActivationStrategy implements ActivationStrategyInterface
{
    public function __construct(private readonly Level $actionLevel)
    {
    }

    public function isHandlerActivated(LogRecord $record): bool
    {
        return $record->level->value >= $this->actionLevel->value;
    }
}

final class UdpSyslogHandler implements HandlerInterface
{
    private int $bytesSent = 0;

    public function handle(LogRecord $record): bool
    {
        $line = sprintf('<%d>%s %s.%s: %s %s', 8 + intdiv($record->level->value, 100), $record->datetime->format(DATE_RFC3339),
            $record->channel, $record->level->name, $record->message, json_encode($record->context));
        $this->bytesSent += strlen($line);

        return true;
    }
}

final class FingersCrossedHandler implements HandlerInterface
{
    /** @var list<LogRecord> */
    private array $buffer = [];
    private bool $buffering = true;

    public function __construct(
        private readonly HandlerInterface $handler,
        private readonly ActivationStrategyInterface $activationStrategy,
        private readonly int $bufferSize = 0,
    ) {
    }

    public function handle(LogRecord $record): bool
    {
        if (!$this->buffering) {
            return $this->handler->handle($record);
        }

        $this->buffer[] = $record; // leak
        if ($this->bufferSize > 0 && count($this->buffer) > $this->bufferSize) {
            array_shift($this->buffer);
        }

        if ($this->activationStrategy->isHandlerActivated($record)) {
            $this->buffering = false;
            foreach ($this->buffer as $buffered) {
                $this->handler->handle($buffered);
            }
            $this->buffer = [];
        }

        return false;
    }
}

final class Logger
{
    /** @param list<HandlerInterface> $handlers */
    public function __construct(private readonly string $channel, private readonly array $handlers)
    {
    }

    public function log(Level $level, string $message, array $context = []): void
    {
        $record = new LogRecord(new \DateTimeImmutable(), $this->channel, $level, $message, $context);
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }

    public function debug(string $message, array $context = []): void { $this->log(Level::Debug, $message, $context); }
    public function info(string $message, array $context = []): void { $this->log(Level::Info, $message, $context); }
}

final class LoggerFactory
{
    public static function fromConfig(array $config): Logger
    {
        $handler = new FingersCrossedHandler(
            new UdpSyslogHandler(),
            new ErrorLevelActivationStrategy(Level::from($config['action_level'])),
            $config['buffer_size'] ?? 0,
        );

        return new Logger($config['channel'], [$handler]);
    }
}

namespace App\Catalog;

use App\Logging\Logger;

final class ImportProductFeed
{
    public function __construct(public readonly string $supplier, public readonly array $rows)
    {
    }
}

final class ImportProductFeedHandler
{
    private int $imported = 0;

    public function __construct(private readonly Logger $logger)
    {
    }

    public function __invoke(ImportProductFeed $message): void
    {
        $this->logger->debug('Starting feed import', ['supplier' => $message->supplier, 'rows' => count($message->rows)]);

        foreach ($message->rows as $row) {
            $this->imported++;
            $price = round($row['price'] * 1.19, 2);
            if ($price > 500) {
                $this->logger->info('Premium product priced', ['sku' => $row['sku'], 'gross' => $price]);
            }
        }

        $this->logger->info('Feed import finished', ['supplier' => $message->supplier, 'total' => $this->imported]);
    }
}

namespace App\Worker;

use App\Catalog\ImportProductFeed;
use App\Catalog\ImportProductFeedHandler;
use App\Logging\LoggerFactory;

final class MessengerConsumer
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private readonly array $handlers)
    {
    }

    public function consume(object $envelope): void
    {
        ($this->handlers[$envelope::class])($envelope);
    }
}

$loggingConfig = [
    'channel' => 'catalog',
    'action_level' => 400,
    'buffer_size' => 0,
];

$consumer = new MessengerConsumer([
    ImportProductFeed::class => new ImportProductFeedHandler(LoggerFactory::fromConfig($loggingConfig)),
]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $consumer->consume(new ImportProductFeed("supplier-{$i}", [
        ['sku' => "SKU-{$i}-A", 'price' => 120.0],
        ['sku' => "SKU-{$i}-B", 'price' => 640.0],
    ]));
}
