<?php
// An order workflow moves through states that a factory makes by class
// name: new $class(). A state is handed the workflow on each call of
// next() and keeps nothing, so the workflow alone holds its state and
// both go when the request drops the workflow.

abstract class State
{
    abstract public function next(Workflow $workflow): void;
}

final class Placed extends State
{
    public function next(Workflow $workflow): void
    {
        $workflow->log('placed');
        $workflow->moveTo(Paid::class);
    }
}

final class Paid extends State
{
    public function next(Workflow $workflow): void
    {
        $workflow->log('paid');
    }
}

final class StateFactory
{
    public function make(string $class): State
    {
        return new $class();
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
        $this->state = $this->states->make($class);
        $this->state->next($this);
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
