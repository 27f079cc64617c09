<?php
// The same middleware keeps the handled copy apart and detaches the
// envelope it attached.

final class Envelope
{
    private array $stamps = [];

    public function __construct(public readonly string $id, public readonly string $body)
    {
    }

    public function with(string $stamp): static
    {
        $copy = clone $this;
        $copy->stamps[] = $stamp;

        return $copy;
    }
}

interface Middleware
{
    public function handle(Envelope $envelope, Stack $stack): Envelope;
}

final class Stack
{
    private int $at = 0;

    /** @param list<Middleware> $middleware */
    public function __construct(private array $middleware)
    {
    }

    public function next(): Middleware
    {
        return $this->middleware[$this->at++];
    }
}

final class InFlightMiddleware implements Middleware
{
    private SplObjectStorage $inFlight;

    public function __construct()
    {
        $this->inFlight = new SplObjectStorage();
    }

    public function handle(Envelope $envelope, Stack $stack): Envelope
    {
        $this->inFlight->attach($envelope, hrtime(true));
        $handled = $stack->next()->handle($envelope, $stack);
        $this->inFlight->detach($envelope);

        return $handled;
    }
}

final class HandleMiddleware implements Middleware
{
    public function handle(Envelope $envelope, Stack $stack): Envelope
    {
        return $envelope->with('handled');
    }
}

final class Bus
{
    /** @param list<Middleware> $middleware */
    public function __construct(private array $middleware)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        $stack = new Stack($this->middleware);

        return $stack->next()->handle($envelope, $stack);
    }
}

$bus = new Bus([new InFlightMiddleware(), new HandleMiddleware()]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $bus->dispatch(new Envelope('msg-' . $i, str_repeat('line item ', 60)));
}
