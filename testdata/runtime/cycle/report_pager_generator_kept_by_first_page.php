<?php
// A report worker renders each report's sections through a pager that
// keeps a generator over itself. The job reads only the first page
// (first()), and the suspended generator keeps the pager that keeps it:
// a garbage cycle per job.

final class SectionPager
{
    private ?Generator $cursor = null;

    public function __construct(private array $sections)
    {
    }

    public function first(): array
    {
        $this->cursor = $this->pages(); // leak
        return $this->cursor->current() ?? [];
    }

    public function following(): array
    {
        if ($this->cursor === null) {
            return $this->first();
        }
        $this->cursor->next();
        return $this->cursor->valid() ? $this->cursor->current() : [];
    }

    /** @return list<array> */
    public function all(): array
    {
        $out = [];
        foreach ($this->pages() as $page) {
            $out[] = $page;
        }
        return $out;
    }

    private function pages(): Generator
    {
        foreach (array_chunk($this->sections, 2) as $chunk) {
            yield $chunk;
        }
    }
}

final class ReportJob
{
    public int $pages = 0;

    public function run(array $sections): void
    {
        $pager = new SectionPager($sections);
        $this->pages += count($pager->first());
    }
}

$job = new ReportJob();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job->run(array_fill(0, 6, str_repeat('section text ', 20)));
}
