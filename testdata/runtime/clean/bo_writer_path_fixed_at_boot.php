<?php
// An audit exporter writes each message's line through a CSV writer made
// once, at boot, for today's file. The shared storage counts bytes per
// file path; the path is the writer's, set when it was made.

final class Storage
{
    private array $bytes = [];
    private array $lastLine = [];

    public function append(string $path, string $line): void
    {
        $this->bytes[$path] = ($this->bytes[$path] ?? 0) + strlen($line);
        $this->lastLine[$path] = $line;
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
    public function __construct(private readonly CsvWriter $writer) {}

    public function handle(array $message): void
    {
        $this->writer->write([$message['id'], $message['user'], $message['action'], $message['detail']]);
    }
}

$storage = new Storage();
$handler = new AuditHandler(new CsvWriter($storage, 'exports/audit-' . date('Y-m-d') . '.csv'));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['id' => 'evt-' . $i, 'user' => 'u' . ($i % 50), 'action' => 'login', 'detail' => str_repeat('x', 500)]);
}
