<?php
// A request logger buffers lines and ships them in batches of 100. It
// adds three lines per request, and ships only when the buffer holds
// exactly 100: the count goes 99, 102, … and the batch never ships.

final class LogShipper
{
    public int $shipped = 0;

    /** @param list<string> $lines */
    public function ship(array $lines): void
    {
        $this->shipped += count($lines);
    }
}

final class BufferedRequestLog
{
    /** @var list<string> */
    private array $lines = [];

    public function __construct(private LogShipper $shipper, private int $batch)
    {
    }

    /** @param list<string> $lines */
    public function write(array $lines): void
    {
        foreach ($lines as $line) {
            $this->lines[] = $line; // leak
        }
        if (count($this->lines) === $this->batch) {
            $this->flush();
        }
    }

    private function flush(): void
    {
        $this->shipper->ship($this->lines);
        $this->lines = [];
    }
}

final class Kernel
{
    public function __construct(private BufferedRequestLog $log)
    {
    }

    public function handle(array $request): string
    {
        $this->log->write([
            sprintf('%s %s start', $request['method'], $request['path']),
            sprintf('%s %s user=%s', $request['method'], $request['path'], str_repeat($request['user'], 20)),
            sprintf('%s %s done in %d ms', $request['method'], $request['path'], $request['ms']),
        ]);

        return 'ok';
    }
}

$kernel = new Kernel(new BufferedRequestLog(new LogShipper(), 100));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(['method' => 'GET', 'path' => '/orders/' . (10000 + $i), 'user' => 'u' . ($i % 40), 'ms' => 5 + $i % 30]);
}
