<?php
// A round-robin scheduler keeps upstream servers in a circular ring.

final class Upstream
{
    public Upstream $next;

    public function __construct(public readonly string $host, public readonly string $healthUrl)
    {
        $this->next = $this; // leak
    }
}

final class Balancer
{
    private ?Upstream $current = null;

    public function add(Upstream $u): void
    {
        if ($this->current === null) {
            $this->current = $u;
            return;
        }
        $u->next = $this->current->next; // leak
        $this->current->next = $u; // leak
    }

    public function pick(): Upstream
    {
        $this->current = $this->current->next;
        return $this->current;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $balancer = new Balancer();
    foreach (['app1', 'app2', 'app3'] as $h) {
        $balancer->add(new Upstream("{$h}.internal:{$i}", 'https://' . $h . '.internal/' . str_repeat('healthz/', 12)));
    }
    $balancer->pick();
    $balancer->pick();
}
unset($balancer);
