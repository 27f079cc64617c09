<?php
// The same job runner's coroutine sink loops forever on `yield`, so the generator kept on $this stays suspended after the job.

final class JobRunner
{
    private ?Generator $sink = null;
    private int $bytes = 0;
    private string $tail = '';

    private function writer(): Generator
    {
        while (true) {
            $line = yield;
            $this->bytes += strlen($line);
            $this->tail = substr($this->tail . $line, -700);
        }
    }

    public function run(string $job, array $lines): int
    {
        $this->sink = $this->writer(); // leak
        $this->sink->current();
        foreach ($lines as $line) {
            $this->sink->send("[{$job}] {$line}\n");
        }
        return $this->bytes;
    }
}

function run_job(int $i): int
{
    $runner = new JobRunner();
    return $runner->run("reindex-{$i}", ['start', str_repeat('indexing products ', 40), 'done']);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    run_job($i);
}
