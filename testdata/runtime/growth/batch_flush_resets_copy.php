<?php
// A metrics shipper flushes its batch every 50 points, but the reset only clears the function's copy.

final class MetricsShipper
{
    private int $sent = 0;

    public function flush(array $batch): void
    {
        $this->sent += count($batch);
        $batch = [];
    }

    public function sent(): int
    {
        return $this->sent;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$shipper = new MetricsShipper();
$batch = [];
$i = 0;
while (true) {
    $batch[] = ['name' => 'http.request.duration', 'value' => $i * 0.5, 'tags' => ['route' => "/orders/{$i}", 'pod' => str_repeat('web-7d9f-', 10)]]; // leak
    if (count($batch) % 50 === 0) {
        $shipper->flush($batch);
    }
    if (++$i >= $n) {
        break;
    }
}
