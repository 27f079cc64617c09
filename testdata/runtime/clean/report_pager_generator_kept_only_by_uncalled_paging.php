<?php
// A report worker renders each report's sections through a pager that
// can keep a generator over itself for page-by-page reading (first(),
// following()), but the job reads every page at once with all(), which
// runs a generator it does not keep: no cycle. Nothing calls
// following(), the only caller of first().

final class SectionPager
{
    private ?Generator $cursor = null;

    public function __construct(private array $sections)
    {
    }

    public function first(): array
    {
        $this->cursor = $this->pages();
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
        $this->pages += count($pager->all());
    }
}

$job = new ReportJob();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job->run(array_fill(0, 6, str_repeat('section text ', 20)));
}
