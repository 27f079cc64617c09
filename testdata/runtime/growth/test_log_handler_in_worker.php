<?php
// The worker's logger was wired with an in-memory handler; its reset() is only called by tests.

interface Handler
{
    public function handle(array $record): void;
}

final class BufferHandler implements Handler
{
    private array $records = [];

    public function handle(array $record): void
    {
        $this->records[] = $record; // leak
    }

    public function reset(): void
    {
        $this->records = [];
    }
}

final class Logger
{
    /** @param Handler[] $handlers */
    public function __construct(private string $channel, private array $handlers) {}

    public function info(string $message, array $context = []): void
    {
        $record = ['channel' => $this->channel, 'message' => $message, 'context' => $context, 'datetime' => date(DATE_ATOM)];
        foreach ($this->handlers as $h) {
            $h->handle($record);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$logger = new Logger('worker', [new BufferHandler()]);
for ($i = 0; $i < $n; $i++) {
    $logger->info('Processed job {id}', ['id' => $i, 'queue' => 'emails', 'payload' => str_repeat('p', 300)]);
}
