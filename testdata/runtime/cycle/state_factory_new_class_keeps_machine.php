<?php
// An order workflow moves through states that a factory makes by class
// name: new $class($workflow). Each state keeps the workflow it belongs
// to, and the workflow keeps its current state: the two reference each
// other, and every workflow of a request stays until the collector runs.

abstract class State
{
    public function __construct(protected Workflow $workflow) // leak
    {
    }

    abstract public function next(): void;
}

final class Placed extends State
{
    public function next(): void
    {
        $this->workflow->log('placed');
        $this->workflow->moveTo(Paid::class);
    }
}

final class Paid extends State
{
    public function next(): void
    {
        $this->workflow->log('paid');
    }
}

final class StateFactory
{
    public function make(string $class, Workflow $workflow): State
    {
        return new $class($workflow);
    }
}

final class Workflow
{
    private ?State $state = null;
    /** @var list<string> */
    private array $history = [];

    public function __construct(private StateFactory $states, public string $order)
    {
    }

    public function moveTo(string $class): void
    {
        $this->state = $this->states->make($class, $this); // leak
        $this->state->next();
    }

    public function log(string $event): void
    {
        $this->history[] = $event . ' ' . $this->order . str_repeat('.', 200);
    }
}

$states = new StateFactory();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $workflow = new Workflow($states, "order-{$i}");
    $workflow->moveTo(Placed::class);
    unset($workflow);
}
