<?php
// A gateway script reads the process-wide event loop, builds its
// forwarder once and then, per frame an analyser sends, queues a tick
// that hands the frame over and runs the loop. The forwarder's connection
// keeps the loop, the loop keeps the queued tick and the tick keeps the
// forwarder: a ring, but the script's own $forwarder holds it for the
// life of the process, and the loop lets each tick go once it ran.

final class Loop
{
    private static ?Loop $instance = null;
    /** @var SplQueue<Closure> */
    private SplQueue $ticks;

    public function __construct()
    {
        $this->ticks = new SplQueue();
    }

    public static function get(): Loop
    {
        return self::$instance ??= new Loop();
    }

    public function futureTick(Closure $tick): void
    {
        $this->ticks->enqueue($tick);
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

    public function __construct(private Loop $loop)
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

$loop = Loop::get();
$forwarder = new ResultForwarder(new LisConnection($loop));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $frame = "MSH|" . sprintf('%06d', $i) . "\rOBR|ORD" . (500000 + $i) . "\r" . implode("\r", array_fill(0, 20, 'OBX|1|NM|WBC|6.1'));
    $loop->futureTick(static fn () => $forwarder->onFrame($frame));
    $loop->run();
}
