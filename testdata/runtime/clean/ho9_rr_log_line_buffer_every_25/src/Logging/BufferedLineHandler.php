<?php

namespace App\Logging;

use Monolog\Handler\HandlerInterface;

final class BufferedLineHandler implements HandlerInterface
{
    private array $lines = [];
    public int $bytesWritten = 0;

    public function __construct(private int $flushEvery) {}

    public function handle(array $record): bool
    {
        $this->lines[] = sprintf('[%s] %s.%s: %s %s', $record['datetime'], $record['channel'], $record['level'], $record['message'], json_encode($record['context']));
        if ($this->flushEvery > 0 && count($this->lines) >= $this->flushEvery) {
            $this->flush();
        }
        return true;
    }

    public function close(): void
    {
        $this->flush();
    }

    private function flush(): void
    {
        $this->bytesWritten += strlen(implode("\n", $this->lines));
        $this->lines = [];
    }
}
