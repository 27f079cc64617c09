<?php
// A queue consumer records an audit entry per processed payment into a BufferedAuditWriter whose batch size comes from configuration, where 0 means "no batch limit".

final class Config
{
    public function __construct(private array $items) {}

    public function get(string $path, mixed $default = null): mixed
    {
        $node = $this->items;
        foreach (explode('.', $path) as $segment) {
            if (!is_array($node) || !array_key_exists($segment, $node)) {
                return $default;
            }
            $node = $node[$segment];
        }
        return $node;
    }
}

final class AuditEntry
{
    public function __construct(
        public readonly string $actor,
        public readonly string $action,
        public readonly string $subject,
        public readonly array $changes,
        public readonly float $at,
    ) {}
}

interface AuditSink
{
    /** @param AuditEntry[] $entries */
    public function writeBatch(array $entries): void;
}

final class NullDatabaseSink implements AuditSink
{
    public int $rows = 0;

    public function writeBatch(array $entries): void
    {
        $this->rows += count($entries);
    }
}

final class BufferedAuditWriter
{
    /** @var AuditEntry[] */
    private array $buffer = [];

    public function __construct(private AuditSink $sink, private int $batchSize) {}

    public function record(AuditEntry $entry): void
    {
        $this->buffer[] = $entry; // leak
        if ($this->batchSize > 0 && count($this->buffer) >= $this->batchSize) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->buffer === []) {
            return;
        }
        $this->sink->writeBatch($this->buffer);
        $this->buffer = [];
    }

    public function __destruct()
    {
        $this->flush();
    }
}

final class PaymentCaptured
{
    public function __construct(public readonly string $paymentId, public readonly int $amount, public readonly string $merchant) {}
}

final class CapturePaymentHandler
{
    public function __construct(private BufferedAuditWriter $audit) {}

    public function __invoke(PaymentCaptured $event): void
    {
        $this->audit->record(new AuditEntry(
            'system:payments-worker',
            'payment.captured',
            "payment/{$event->paymentId}",
            [
                'status' => ['authorized', 'captured'],
                'amount' => $event->amount,
                'merchant' => $event->merchant,
                'note' => str_repeat('captured via nightly settlement run; ', 8),
            ],
            microtime(true),
        ));
    }
}

final class Consumer
{
    public function __construct(private array $handlers) {}

    public function consume(iterable $messages): void
    {
        foreach ($messages as $message) {
            ($this->handlers[$message::class])($message);
        }
    }
}

function payment_stream(int $n): Generator
{
    for ($i = 0; $i < $n; $i++) {
        yield new PaymentCaptured(sprintf('pay_%010d', $i), 1000 + $i, 'merchant_' . ($i % 40));
    }
}

$config = new Config([
    'audit' => [
        'driver' => 'database',
        'batch_size' => 0, // 0 = unlimited, flush on shutdown
    ],
]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$writer = new BufferedAuditWriter(new NullDatabaseSink(), (int) $config->get('audit.batch_size', 0));
$consumer = new Consumer([PaymentCaptured::class => new CapturePaymentHandler($writer)]);
$consumer->consume(payment_stream($n));
