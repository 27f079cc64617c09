<?php
// A newsletter worker renders each issue's articles through a layout
// that keeps a generator over itself and hands out a budget of articles
// per call (take($n)). The job renders the three featured articles,
// then the rest with remaining(), take(PHP_INT_MAX): the generator runs
// to its end and lets go of the layout.

final class IssueLayout
{
    private ?Generator $cursor = null;

    public function __construct(private array $articles)
    {
    }

    public function take(int $count): string
    {
        $this->cursor ??= $this->render();
        $html = '';
        while ($count-- > 0 && $this->cursor->valid()) {
            $html .= $this->cursor->current();
            $this->cursor->next();
        }
        return $html;
    }

    public function remaining(): string
    {
        return $this->take(PHP_INT_MAX);
    }

    private function render(): Generator
    {
        foreach ($this->articles as $i => $article) {
            yield '<article id="a' . $i . '">' . $article . '</article>';
        }
    }
}

final class IssueJob
{
    public int $bytes = 0;

    public function send(array $articles): void
    {
        $layout = new IssueLayout($articles);
        $html = $layout->take(3) . $layout->remaining();
        $this->bytes += strlen($html);
    }
}

$job = new IssueJob();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job->send(array_fill(0, 8, str_repeat('story ', 30)));
}
