<?php
// An audit exporter writes each message's line through a CSV writer made
// for the message's own file. The shared storage counts bytes per file
// path: one more path for every message.

final class Storage
{
    private array $bytes = [];
    private array $lastLine = [];

    public function append(string $path, string $line): void
    {
        $this->bytes[$path] = ($this->bytes[$path] ?? 0) + strlen($line); // leak
        $this->lastLine[$path] = $line; // leak
    }
}

final class CsvWriter
{
    public function __construct(private readonly Storage $storage, private readonly string $path) {}

    public function write(array $fields): void
    {
        $this->storage->append($this->path, implode(';', $fields) . "\n");
    }
}

final class AuditHandler
{
    public function __construct(private readonly Storage $storage) {}

    public function handle(array $message): void
    {
        $writer = new CsvWriter($this->storage, 'exports/audit-' . $message['id'] . '.csv');
        $writer->write([$message['id'], $message['user'], $message['action'], $message['detail']]);
    }
}

$handler = new AuditHandler(new Storage());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['id' => 'evt-' . $i, 'user' => 'u' . ($i % 50), 'action' => 'login', 'detail' => str_repeat('x', 500)]);
}
