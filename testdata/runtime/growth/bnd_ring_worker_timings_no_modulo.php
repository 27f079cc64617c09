<?php
// The same worker timing window, but the write index is `$this->i++` with no `% SIZE`: only reads wrap.

final class JobTiming
{
    public function __construct(
        public readonly string $job,
        public readonly int $nanoseconds,
        public readonly string $payloadDigest,
    ) {}
}

final class TimingWindow
{
    private const SIZE = 32;

    /** @var array<int, JobTiming> */
    private array $buf = [];
    private int $i = 0;

    public function record(JobTiming $timing): void
    {
        $this->buf[$this->i++] = $timing; // leak
    }

    public function latest(): ?JobTiming
    {
        return $this->buf[($this->i - 1) % self::SIZE] ?? null;
    }
}

final class QueueWorker
{
    public function __construct(private TimingWindow $window) {}

    public function handle(array $job): void
    {
        $start = hrtime(true);
        $digest = str_repeat(md5($job['payload']), 22);
        $this->window->record(new JobTiming($job['name'], hrtime(true) - $start, $digest));
    }
}

$worker = new QueueWorker(new TimingWindow());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(['name' => 'SendInvoiceMail', 'payload' => "invoice-{$i}"]);
}
