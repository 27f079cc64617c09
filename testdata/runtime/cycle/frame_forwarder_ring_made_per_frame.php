<?php
// A gateway script builds, per frame an analyser sends, a forwarder with
// its own small tick queue and queues a tick that hands the frame over,
// but never runs that queue. The forwarder's connection keeps the queue,
// the queue keeps the tick and the tick keeps the forwarder: the ring is
// dropped whole at the next frame, a garbage cycle per frame.

final class Loop
{
    /** @var SplQueue<Closure> */
    private SplQueue $ticks;

    public function __construct()
    {
        $this->ticks = new SplQueue();
    }

    public function futureTick(Closure $tick): void
    {
        $this->ticks->enqueue($tick); // leak
    }

    public function run(): void
    {
        while (!$this->ticks->isEmpty()) {
            ($this->ticks->dequeue())();
        }
    }
}

final class LisConnection
{
    /** @var array<string, int> */
    public array $sentByType = [];

    public function __construct(private Loop $loop) // leak
    {
    }

    public function send(string $type, string $message): void
    {
        $this->sentByType[$type] = ($this->sentByType[$type] ?? 0) + strlen($message);
    }
}

final class ResultForwarder
{
    public function __construct(private LisConnection $lis)
    {
    }

    public function onFrame(string $frame): void
    {
        $results = 0;
        foreach (explode("\r", $frame) as $segment) {
            $fields = explode('|', $segment);
            switch ($fields[0]) {
                case 'MSH':
                    $this->lis->send('ACK', $fields[1] ?? '');
                    break;
                case 'OBR':
                    $this->lis->send('ORDER', $fields[1] ?? '');
                    break;
                case 'OBX':
                    if (($fields[2] ?? '') === 'NM') {
                        $results++;
                    } elseif (($fields[2] ?? '') === 'ST') {
                        $this->lis->send('NOTE', $fields[3] ?? '');
                    }
                    break;
                default:
                    $this->lis->send('UNKNOWN', $fields[0]);
            }
        }
        if ($results > 0) {
            $this->lis->send('ORU', (string) $results);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $queue = new Loop();
    $forwarder = new ResultForwarder(new LisConnection($queue));
    $frame = "MSH|" . sprintf('%06d', $i) . "\rOBR|ORD" . (500000 + $i) . "\r" . implode("\r", array_fill(0, 20, 'OBX|1|NM|WBC|6.1'));
    $queue->futureTick(static fn () => $forwarder->onFrame($frame)); // leak
}
