<?php
// A log shipper object buffers lines in a property and resets it when it ships every 50 lines.

final class LogShipper
{
    private array $buffer = [];
    public int $shipped = 0;

    public function push(string $line): void
    {
        $this->buffer[] = $line;
        if (count($this->buffer) >= 50) {
            $this->ship();
        }
    }

    public function ship(): void
    {
        $this->shipped += count($this->buffer);
        $this->buffer = [];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$shipper = new LogShipper();
$line = 0;
do {
    $shipper->push(date('c') . " app.INFO request handled {\"n\":{$line}} " . str_repeat('.', 100));
    $line++;
} while ($line < $n);
$shipper->ship();
