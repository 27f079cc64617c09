<?php
// A paginator keeps its page generator on itself and stops after the first page.

final class ApiPaginator
{
    private ?Generator $pages = null;

    public function __construct(private string $endpoint, private int $pageSize) {}

    private function fetchPages(): Generator
    {
        for ($page = 1; $page <= 5; $page++) {
            yield $page => array_fill(0, $this->pageSize, $this->endpoint . '?page=' . $page);
        }
    }

    public function firstPage(): array
    {
        $this->pages ??= $this->fetchPages(); // leak
        return $this->pages->current();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $paginator = new ApiPaginator('https://api.example.org/v1/orders/' . str_repeat('x', 100) . $i, 3);
    $paginator->firstPage();
}
unset($paginator);
