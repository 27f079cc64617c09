<?php
// A report streamer keeps the generator of its pages on itself and sends
// the first pages; resume() would send the rest once the client asks, but
// no client here asks: the unfinished generator keeps the streamer.

final class ReportStream
{
    private const BURST = 2;

    private ?Generator $pages = null;
    public array $sent = [];

    public function __construct(private readonly string $reportId, private readonly array $rows)
    {
    }

    public function start(): int
    {
        $this->pages = $this->renderPages(); // leak
        $n = 0;
        while ($n < self::BURST && $this->pages->valid()) {
            $this->sent[] = strlen($this->pages->current());
            $this->pages->next();
            $n++;
        }
        return $n;
    }

    public function resume(): void
    {
        while ($this->pages?->valid()) {
            $this->sent[] = strlen($this->pages->current());
            $this->pages->next();
        }
    }

    private function renderPages(): Generator
    {
        yield "report {$this->reportId}";
        foreach ($this->rows as $row) {
            yield implode(';', $row);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $stream = new ReportStream(sprintf('R-%06d', $i), [[str_repeat('a', 200), $i], [str_repeat('b', 200), $i + 1], [str_repeat('c', 200), $i + 2]]);
    $stream->start();
}
