<?php
// A shipping label worker batches receipts for the mailer. The outbox
// flushes when it holds exactly the configured batch size; the size
// comes from the app's configuration class, AppConfig::load(), as the
// string '25', and the worker casts it to an int, so count() === 25
// holds every 25 receipts.

final class ReceiptOutbox
{
    /** @var list<array{order: string, total: int, body: string}> */
    private array $pending = [];
    public int $sent = 0;

    /** @param int|string $flushAt */
    public function __construct(private $flushAt)
    {
    }

    /** @param array{order: string, total: int, body: string} $receipt */
    public function add(array $receipt): void
    {
        $this->pending[] = $receipt;
        if (count($this->pending) === $this->flushAt) {
            $this->flush();
        }
    }

    private function flush(): void
    {
        $this->sent += count($this->pending);
        $this->pending = [];
    }
}

final class AppConfig
{
    /** @return array<string, string> */
    public static function load(): array
    {
        return ['app_env' => 'prod', 'receipt_batch' => '25', 'mailer' => 'smtp://relay.internal'];
    }
}

$outbox = new ReceiptOutbox((int) AppConfig::load()['receipt_batch']);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $outbox->add(['order' => sprintf('K-%07d', $i), 'total' => 450 + $i % 90, 'body' => str_repeat('receipt line ', 60)]);
}
