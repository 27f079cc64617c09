<?php
// A log-shipping daemon pops rotated log files from a spool and ships them in batches, keeping a line cursor per file path to resume later.

final class LogFile
{
    public function __construct(private string $path, private string $contents) {}

    public function lines(): Generator
    {
        foreach (explode("\n", $this->contents) as $no => $line) {
            if ($line !== '') {
                yield $no => "{$this->path}:{$no} {$line}";
            }
        }
    }
}

final class Shipper
{
    private static array $cursors = [];
    public int $shipped = 0;

    public function __construct(private int $batchSize) {}

    public function ship(string $path, LogFile $file): void
    {
        $cursor = self::$cursors[$path] ??= $file->lines(); // leak
        $batch = [];
        while ($cursor->valid() && count($batch) < $this->batchSize) {
            $batch[] = $cursor->current();
            $cursor->next();
        }
        if (!$cursor->valid()) {
            unset(self::$cursors[$path]);
        }
        $this->shipped += count($batch);
    }
}

final class Spool
{
    private int $i = 0;

    public function __construct(private int $limit) {}

    public function pop(): ?array
    {
        if ($this->i >= $this->limit) {
            return null;
        }
        $i = $this->i++;
        $lines = [];
        for ($k = 0; $k < 12; $k++) {
            $lines[] = "[2024-05-01 12:{$k}:00] app.INFO: request {$i}-{$k} served in 12ms";
        }
        return ["/var/log/app/app-{$i}.log", implode("\n", $lines)];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$config = ['batch_size' => 5];
$spool = new Spool($n);
$shipper = new Shipper($config['batch_size']);
while (($item = $spool->pop()) !== null) {
    [$path, $contents] = $item;
    $shipper->ship($path, new LogFile($path, $contents));
}
