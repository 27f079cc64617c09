<?php
// A Messenger worker logs through a fingers_crossed handler configured with buffer_size: 30, so only the latest records are kept while waiting for an error.
// https://github.com/symfony/recipes/pull/730

final class LogRecord
{
    public function __construct(
        public readonly int $level,
        public readonly string $message,
        public readonly array $context,
        public readonly string $datetime,
    ) {}
}

final class StreamHandler
{
    public int $written = 0;

    public function handle(LogRecord $record): void
    {
        $this->written += strlen($record->message);
    }
}

final class FingersCrossedHandler
{
    private array $buffer = [];
    private bool $buffering = true;

    public function __construct(private StreamHandler $handler, private int $activationLevel, private int $bufferSize = 0) {}

    public function handle(LogRecord $record): void
    {
        if (!$this->buffering) {
            $this->handler->handle($record);
            return;
        }
        $this->buffer[] = $record;
        if ($this->bufferSize > 0 && count($this->buffer) > $this->bufferSize) {
            array_shift($this->buffer);
        }
        if ($record->level >= $this->activationLevel) {
            $this->buffering = false;
            foreach ($this->buffer as $buffered) {
                $this->handler->handle($buffered);
            }
            $this->buffer = [];
        }
    }
}

final class Logger
{
    public function __construct(private string $channel, private array $handlers) {}

    public function info(string $message, array $context = []): void
    {
        $record = new LogRecord(200, $message, $context, date('Y-m-d\TH:i:sP'));
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }
}

final class MonologExtension
{
    public static function buildHandler(array $config, array $handlers): FingersCrossedHandler
    {
        $levels = ['debug' => 100, 'info' => 200, 'warning' => 300, 'error' => 400];
        return new FingersCrossedHandler($handlers[$config['handler']], $levels[$config['action_level']], $config['buffer_size'] ?? 0);
    }
}

final class SendInvoiceHandler
{
    public function __construct(private Logger $logger) {}

    public function __invoke(array $message): void
    {
        $pdf = sprintf('%%PDF-1.7 invoice %d for %s', $message['invoiceId'], $message['customer']);
        $this->logger->info('Invoice rendered and queued for delivery', [
            'invoice' => $message['invoiceId'],
            'customer' => $message['customer'],
            'lines' => $message['lines'],
            'bytes' => strlen($pdf),
        ]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$config = [
    'type' => 'fingers_crossed',
    'action_level' => 'error',
    'handler' => 'nested',
    'buffer_size' => 30,
];
$logger = new Logger('messenger', [MonologExtension::buildHandler($config, ['nested' => new StreamHandler()])]);
$handler = new SendInvoiceHandler($logger);
for ($i = 0; $i < $n; $i++) {
    $handler([
        'invoiceId' => 50000 + $i,
        'customer' => "customer-{$i}@example.org",
        'lines' => array_map(fn (int $l) => "SKU-{$i}-{$l} consulting hours x 1.5 @ 120.00 EUR", range(1, 8)),
    ]);
}
