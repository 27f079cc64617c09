<?php
// Each import job parses its CSV feed with a coroutine kept on the job
// (a generator over $this). The runner feeds it line by line, then calls
// finish(), which only marks the job done: the coroutine stays suspended
// at its yield, holding the job that holds it, a cycle per job.

final class ImportJob
{
    private ?Generator $parser = null;

    /** @var list<list<string>> */
    public array $rows = [];

    public function __construct(public readonly string $feed)
    {
    }

    public function feed(string $line): void
    {
        $this->parser ??= $this->parse(); // leak
        $this->parser->send($line);
    }

    public bool $done = false;

    public function finish(): void
    {
        $this->done = true;
    }

    private function parse(): Generator
    {
        while (true) {
            $line = yield;
            if ($line === null) {
                return;
            }
            $this->rows[] = str_getcsv($line);
        }
    }
}

final class ImportRunner
{
    /** @param list<string> $lines */
    public function run(ImportJob $job, array $lines): int
    {
        foreach ($lines as $line) {
            $job->feed($line);
        }
        $job->finish();
        return count($job->rows);
    }
}

$runner = new ImportRunner();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $runner->run(new ImportJob('feed-' . $i), ['sku,qty,price', "A-{$i},3,9.99", 'B-7,1,' . str_repeat('4', 200)]);
}
