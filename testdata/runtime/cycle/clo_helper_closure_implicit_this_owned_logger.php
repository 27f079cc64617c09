<?php
// A queue job's private helper returns a non-static closure that only uses a copied prefix, yet still binds $this; the job's own logger stores it.

final class JobLogger
{
    private ?Closure $formatter = null;
    private array $lines = [];

    public function setFormatter(Closure $formatter): void
    {
        $this->formatter = $formatter; // leak
    }

    public function info(string $message): void
    {
        $this->lines[] = ($this->formatter)('info', $message);
    }
}

final class SendNewsletterJob
{
    private JobLogger $logger;

    public function __construct(private string $jobId, private string $body)
    {
        $this->logger = new JobLogger();
    }

    private function lineFormatter(): Closure
    {
        $prefix = "[newsletter:{$this->jobId}]";
        return function (string $level, string $message) use ($prefix): string { // leak
            return sprintf('%s %s %s', $prefix, strtoupper($level), $message);
        };
    }

    public function handle(): void
    {
        $this->logger->setFormatter($this->lineFormatter()); // leak
        $this->logger->info('rendering ' . strlen($this->body) . ' bytes');
        $this->logger->info('sent');
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new SendNewsletterJob("job-{$i}", str_repeat('<p>Hello subscriber</p>', 30));
    $job->handle();
}
unset($job);
