<?php
// The accessor makes a new loop on every call (nothing keeps it): the
// callback addReadStream() gives one is never seen by the one run() asks
// for, so it never runs.
final class Loop
{
    /** @var list<\Closure> */
    private array $readers = [];
    private bool $running = false;

    public static function get(): self
    {
        return new self();
    }

    public static function addReadStream(\Closure $onReadable): void
    {
        self::get()->readers[] = $onReadable;
    }

    public static function stop(): void
    {
        self::get()->running = false;
    }

    public static function run(): void
    {
        $loop = self::get();
        $loop->running = true;
        while ($loop->running && $loop->readers !== []) {
            foreach ($loop->readers as $reader) {
                $reader();
            }
        }
    }
}

final class ScanJournal
{
    private static ?ScanJournal $instance = null;
    private array $scans = [];

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public function record(string $frame): void
    {
        $this->scans[] = $frame;
    }
}

$frames = (int) (getenv('PHPLEAK_N') ?: 100);
$received = 0;
Loop::addReadStream(static function () use (&$received, $frames): void {
    if ($received >= $frames) {
        Loop::stop();
        return;
    }
    $i = $received++;
    ScanJournal::instance()->record(str_repeat('x', 800) . $i);
});
Loop::run();
