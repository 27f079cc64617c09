<?php
// A queue worker logs through a buffering handler whose buffer limit defaults to 0 (unlimited); the worker never sets it.

final class StreamHandler
{
    public int $written = 0;

    public function handleBatch(array $records): void
    {
        foreach ($records as $record) {
            $this->written += strlen($record['message']);
        }
    }
}

final class BufferHandler
{
    /** @var list<array{level: string, message: string, context: array}> */
    private array $buffer = [];

    public function __construct(private StreamHandler $inner, private int $bufferLimit = 0) {}

    public function handle(string $level, string $message, array $context = []): void
    {
        $this->buffer[] = ['level' => $level, 'message' => $message, 'context' => $context]; // leak
        if ($this->bufferLimit > 0 && count($this->buffer) >= $this->bufferLimit) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        $this->inner->handleBatch($this->buffer);
        $this->buffer = [];
    }
}

final class ThumbnailJob
{
    public function __construct(private BufferHandler $log) {}

    public function run(int $id): void
    {
        $this->log->handle('info', "thumbnail {$id} generated", ['sizes' => '64,128,256', 'trace' => str_repeat('t', 600)]);
    }
}

$log = new BufferHandler(new StreamHandler());
$job = new ThumbnailJob($log);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job->run($i);
}
