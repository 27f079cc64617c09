<?php
// A worker is built with its request handler as a Closure: the first-class
// callable of an invokable controller ($controller(...)). The worker calls
// it through its property for every request, and the controller keeps
// only the last visit in a long-lived visit log.

final class VisitLog
{
    /** @var list<string> */
    private array $visits = [];

    public function add(string $line): void
    {
        $this->visits = [$line];
    }
}

final class ProductController
{
    public function __construct(private VisitLog $log)
    {
    }

    public function __invoke(int $id): string
    {
        $html = "<h1>Product {$id}</h1>" . str_repeat('<p>details</p>', 60);
        $this->log->add("product {$id} viewed: " . substr($html, 0, 700));
        return $html;
    }
}

final class Worker
{
    public function __construct(private Closure $handler)
    {
    }

    public function work(int $jobs): void
    {
        for ($i = 0; $i < $jobs; $i++) {
            ($this->handler)($i);
        }
    }
}

$controller = new ProductController(new VisitLog());
$worker = new Worker($controller(...));
$worker->work((int) (getenv('PHPLEAK_N') ?: 100));
