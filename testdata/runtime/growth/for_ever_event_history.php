<?php
// A websocket broadcaster loop keeps every broadcast frame in its history.

final class Frame
{
    public function __construct(public readonly string $channel, public readonly string $data, public readonly float $at) {}
}

function nextMessage(int $i): array
{
    return ['channel' => 'prices', 'data' => json_encode(['symbol' => 'ACME', 'bid' => 100 + $i / 100, 'book' => array_fill(0, 120, 100000 + $i)])];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$history = [];
$sent = 0;
for (;;) {
    $msg = nextMessage($sent);
    $frame = new Frame($msg['channel'], $msg['data'], microtime(true));
    $history[] = $frame; // leak
    $sent++;
    if ($sent === $n) {
        break;
    }
}
