<?php

namespace Symfony\Component\EventDispatcher\Debug;

use Symfony\Component\EventDispatcher\EventDispatcherInterface;

final class WrappedListener
{
    private string $name;
    private string $pretty;
    private bool $called = false;
    private bool $stoppedPropagation = false;
    private array $stub;
    private ?float $durationMs = null;

    public function __construct(
        private readonly mixed $listener,
        private readonly EventDispatcherInterface $dispatcher,
        private readonly ?int $priority = null,
    ) {
        if (\is_array($listener)) {
            $this->name = \is_object($listener[0]) ? get_debug_type($listener[0]) : $listener[0];
            $this->pretty = $this->name . '::' . $listener[1];
        } elseif (\is_object($listener)) {
            $this->name = get_debug_type($listener);
            $this->pretty = $this->name . '::__invoke';
        } else {
            $this->name = $this->pretty = (string) $listener;
        }

        $this->stub = ['class' => $this->name, 'file' => 'src/EventListener/' . basename(str_replace('\\', '/', $this->name)) . '.php', 'pretty' => $this->pretty];
    }

    public function getWrappedListener(): callable
    {
        return $this->listener;
    }

    public function wasCalled(): bool
    {
        return $this->called;
    }

    public function stoppedPropagation(): bool
    {
        return $this->stoppedPropagation;
    }

    public function getInfo(string $eventName): array
    {
        return ['event' => $eventName, 'priority' => $this->priority, 'pretty' => $this->pretty, 'stub' => $this->stub, 'duration' => $this->durationMs];
    }

    public function __invoke(object $event, string $eventName, EventDispatcherInterface $dispatcher): void
    {
        $this->called = true;
        $start = hrtime(true);

        ($this->listener)($event, $eventName, $dispatcher);

        $this->durationMs = (hrtime(true) - $start) / 1e6;

        if (method_exists($event, 'isPropagationStopped') && $event->isPropagationStopped()) {
            $this->stoppedPropagation = true;
        }
    }
}
