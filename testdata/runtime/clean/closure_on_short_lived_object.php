<?php
// A controller hands a closure using $this to a short-lived paginator it does not keep.

final class Paginator
{
    public function __construct(private Closure $fetch, private int $perPage) {}

    public function page(int $page): array
    {
        return ($this->fetch)(($page - 1) * $this->perPage, $this->perPage);
    }
}

final class OrderListController
{
    public function __construct(private array $orders) {}

    private function slice(int $offset, int $limit): array
    {
        return array_slice($this->orders, $offset, $limit);
    }

    public function index(int $page): int
    {
        $paginator = new Paginator(function (int $offset, int $limit): array {
            return $this->slice($offset, $limit);
        }, 10);
        return count($paginator->page($page));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new OrderListController(array_map(static fn (int $k): string => "order-{$k}", range(1, 95)));
for ($i = 0; $i < $n; $i++) {
    $controller->index($i % 10 + 1);
}
