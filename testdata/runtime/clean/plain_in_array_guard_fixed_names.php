<?php
// A queue consumer registers a log channel per message type, guarded by in_array; the types come from a fixed list.

final class Message
{
    public function __construct(public readonly string $type, public readonly int $id, public readonly string $payload) {}
}

final class InMemoryQueue
{
    private int $sent = 0;

    public const TYPES = ['invoice.created', 'invoice.paid', 'customer.updated'];

    public function __construct(private int $limit) {}

    public function pop(): ?Message
    {
        if ($this->sent >= $this->limit) {
            return null;
        }
        $i = $this->sent++;
        return new Message(self::TYPES[$i % count(self::TYPES)], $i, str_repeat("payload {$i} ", 60));
    }
}

final class LogChannels
{
    /** @var list<string> */
    private static array $registered = [];

    /** @var list<array{name: string, format: string}> */
    private static array $handlers = [];

    public static function register(string $name): void
    {
        if (!in_array($name, self::$registered, true)) {
            self::$registered[] = $name;
            self::$handlers[] = ['name' => $name, 'format' => str_repeat("[%datetime%] {$name}.%level%: %message% ", 10)];
        }
    }
}

function handle_message(Message $message): void
{
    LogChannels::register($message->type);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queue = new InMemoryQueue($n);
while (($message = $queue->pop()) !== null) {
    handle_message($message);
}
