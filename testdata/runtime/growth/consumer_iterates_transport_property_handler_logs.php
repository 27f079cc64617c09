<?php
// A queue consumer is built with its transport (an Iterator) and a
// handler, and runs until the transport is exhausted. The handler keeps
// an audit line for every message in a long-lived audit log.

final class Message
{
    public function __construct(public readonly int $id, public readonly string $body)
    {
    }
}

final class AuditLog
{
    /** @var array<int, string> */
    private array $lines = [];

    public function write(int $id, string $line): void
    {
        $this->lines[$id] = $line; // leak
    }
}

final class SendReceiptHandler
{
    public function __construct(private AuditLog $audit)
    {
    }

    public function __invoke(Message $message): void
    {
        $this->audit->write($message->id, 'receipt sent: ' . $message->body . ' to customer ' . str_repeat('c', 300));
    }
}

final class QueueConsumer
{
    public function __construct(private Iterator $transport, private SendReceiptHandler $handler)
    {
    }

    public function run(): void
    {
        foreach ($this->transport as $message) {
            ($this->handler)($message);
        }
    }
}

function receive(int $n): Generator
{
    for ($i = 0; $i < $n; $i++) {
        yield new Message($i, str_repeat('m', 400));
    }
}

$consumer = new QueueConsumer(receive((int) (getenv('PHPLEAK_N') ?: 100)), new SendReceiptHandler(new AuditLog()));
$consumer->run();
