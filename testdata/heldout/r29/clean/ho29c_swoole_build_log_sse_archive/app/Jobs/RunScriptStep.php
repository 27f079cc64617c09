<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Facades\LogStream;

final class RunScriptStep
{
    /** @param list<string> $script */
    public function __construct(
        public readonly int $jobId,
        public readonly string $runner,
        public readonly string $image,
        public readonly array $script,
    ) {
    }

    public function handle(): int
    {
        $channel = LogStream::channelFor($this->jobId);
        LogStream::write($channel, sprintf('Running with acme-runner 16.4.1 on %s', $this->runner));
        LogStream::write($channel, sprintf('Using Docker executor with image %s ...', $this->image));
        LogStream::write($channel, sprintf('Fetching changes with git depth set to 20 into /builds/%d ...', $this->jobId));

        $exit = 0;
        foreach ($this->script as $n => $command) {
            LogStream::write($channel, "\e[32;1m$ {$command}\e[0;m");
            foreach ($this->outputOf($command, $n) as $line) {
                LogStream::write($channel, $line);
            }
            if (str_starts_with($command, 'vendor/bin/phpstan') && $this->jobId % 4 === 0) {
                $exit = 1;
                break;
            }
        }

        LogStream::finish($channel, $exit);

        return $exit;
    }

    /** @return list<string> */
    private function outputOf(string $command, int $n): array
    {
        return match (strtok($command, ' ')) {
            'composer' => ['Installing dependencies from lock file (including require-dev)', sprintf('Package operations: %d installs, 0 updates, 0 removals', 80 + $this->jobId % 20)],
            'vendor/bin/phpunit' => [sprintf('OK (%d tests, %d assertions)', 700 + $n, 2100 + $this->jobId % 97), sprintf('Time: 00:%02d.%03d, Memory: 48.00 MB', $this->jobId % 60, $this->jobId % 1000)],
            default => [sprintf('[OK] No errors (job %d)', $this->jobId)],
        };
    }
}
