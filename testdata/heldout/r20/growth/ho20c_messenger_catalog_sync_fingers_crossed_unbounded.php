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

interface Handler
{
    public function handle(array $record): void;
}

final class StreamHandler implements Handler
{
    public int $written = 0;

    public function __construct(private readonly string $url)
    {
    }

    public function handle(array $record): void
    {
        $line = sprintf("[%s] %s.%s: %s %s\n", $record['datetime'], $record['channel'], $record['level']->name, $record['message'], json_encode($record['context']));
        $this->written += strlen($line);
    }
}

/**
 * Keeps records in memory until one reaches the action level, then replays
 * them to the nested handler so an error comes with the debug trail that led to it.
 */
final class FingersCrossedHandler implements Handler
{
    /** @var list<array> */
    private array $buffer = [];
    private bool $buffering = true;

    public function __construct(
        private readonly Handler $nested,
        private readonly Level $actionLevel = Level::Error,
        private readonly int $bufferSize = 0,
        private readonly bool $stopBuffering = true,
    ) {
    }

    public function handle(array $record): void
    {
        if (!$this->buffering) {
            $this->nested->handle($record);

            return;
        }

        $this->buffer[] = $record; // leak
        if ($this->bufferSize > 0 && count($this->buffer) > $this->bufferSize) {
            array_shift($this->buffer);
        }

        if ($record['level']->value >= $this->actionLevel->value) {
            $this->buffering = !$this->stopBuffering;
            foreach ($this->buffer as $buffered) {
                $this->nested->handle($buffered);
            }
            $this->buffer = [];
        }
    }
}

final class Logger
{
    /** @var list<callable(array): array> */
    private array $processors = [];

    /** @param list<Handler> $handlers */
    public function __construct(private readonly string $channel, private readonly array $handlers)
    {
    }

    public function pushProcessor(callable $processor): void
    {
        $this->processors[] = $processor;
    }

    public function info(string $message, array $context = []): void
    {
        $this->log(Level::Info, $message, $context);
    }

    public function debug(string $message, array $context = []): void
    {
        $this->log(Level::Debug, $message, $context);
    }

    public function log(Level $level, string $message, array $context): void
    {
        $record = ['message' => $message, 'context' => $context, 'level' => $level, 'channel' => $this->channel, 'datetime' => date('Y-m-d\TH:i:s.uP'), 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }
}

final class LoggerFactory
{
    public static function fromConfig(array $config): Logger
    {
        $handler = new StreamHandler($config['path']);
        if (($config['type'] ?? 'stream') === 'fingers_crossed') {
            $handler = new FingersCrossedHandler($handler, Level::from($config['action_level']), $config['buffer_size'] ?? 0);
        }
        $logger = new Logger($config['channel'], [$handler]);
        $logger->pushProcessor(static fn (array $r): array => ['extra' => $r['extra'] + ['pid' => getmypid(), 'hostname' => 'worker-3']] + $r);

        return $logger;
    }
}

namespace App\Catalog;

use App\Logging\Logger;

final class SyncCatalogProduct
{
    public function __construct(public readonly string $sku, public readonly array $attributes, public readonly string $source)
    {
    }
}

final class SyncCatalogProductHandler
{
    private array $stock = [];

    public function __construct(private readonly Logger $logger)
    {
    }

    public function __invoke(SyncCatalogProduct $message): void
    {
        $this->logger->debug('Received catalog update for ' . $message->sku, ['source' => $message->source, 'attributes' => array_keys($message->attributes)]);

        $changed = array_diff_assoc($message->attributes, ['status' => 'active', 'vat' => '21']);
        $this->stock[$message->attributes['warehouse']] = ($this->stock[$message->attributes['warehouse']] ?? 0) + 1;

        $this->logger->info(sprintf('Product %s synchronised (%d attributes changed)', $message->sku, count($changed)), ['sku' => $message->sku, 'changed' => $changed]);
    }
}

namespace App;

use App\Catalog\SyncCatalogProduct;
use App\Catalog\SyncCatalogProductHandler;
use App\Logging\LoggerFactory;

$config = [
    'channel' => 'catalog',
    'type' => 'fingers_crossed',
    'action_level' => 400,
    'path' => 'php://stderr',
];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new SyncCatalogProductHandler(LoggerFactory::fromConfig($config));

// messenger:consume stand-in: one envelope at a time from the transport.
for ($i = 1; $i <= $n; $i++) {
    $handler(new SyncCatalogProduct('SKU-' . str_pad((string) (31000 + $i), 8, '0', STR_PAD_LEFT), [
        'title' => 'Trail running shoe model ' . $i,
        'status' => $i % 9 === 0 ? 'draft' : 'active',
        'vat' => '21',
        'warehouse' => 'wh-' . ($i % 4),
    ], 'pim-webhook'));
}
