<?php
// An event ingester buffers rows and writes them in batches of 50, resetting the buffer.

final class Writer
{
    public int $rows = 0;

    public function insertMany(array $rows): void
    {
        $this->rows += count($rows);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$writer = new Writer();
$batch = [];
$received = 0;
while (true) {
    $batch[] = ['event' => 'page_view', 'url' => "/blog/post-{$received}", 'ua' => str_repeat('Mozilla ', 20)];
    if (count($batch) >= 50) {
        $writer->insertMany($batch);
        $batch = [];
    }
    if (++$received >= $n) {
        break;
    }
}
if ($batch !== []) {
    $writer->insertMany($batch);
    $batch = [];
}
