<?php
// A payment webhook consumer tags its log lines with a context pushed on
// a static stack when a message comes in. Each way out pops it first:
// the duplicate, the ignored event and the handled one.

final class LogContext
{
    /** @var list<array<string, string>> */
    private static array $stack = [];

    public static function push(array $context): void
    {
        self::$stack[] = $context;
    }

    public static function pop(): void
    {
        array_pop(self::$stack);
    }

    public static function depth(): int
    {
        return count(self::$stack);
    }
}

final class WebhookConsumer
{
    /** @var array<string, true> */
    private array $seen = [];
    public int $handled = 0;

    public function handle(array $event): string
    {
        LogContext::push(['event' => $event['id'], 'type' => $event['type'], 'payload' => str_repeat('x', 2000)]);
        if (isset($this->seen[$event['type']])) {
            LogContext::pop();
            return 'duplicate';
        }
        if ($event['type'] === 'ping') {
            LogContext::pop();
            return 'ignored';
        }
        if ($event['amount'] === 0) {
            LogContext::pop();
            return 'empty';
        }
        $this->handled++;
        LogContext::pop();
        return 'handled';
    }
}

$consumer = new WebhookConsumer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $consumer->handle(json_decode(json_encode(['id' => 'evt_' . $i, 'type' => ['charge', 'ping', 'refund'][$i % 3], 'amount' => $i % 2 * 100]), true));
}
