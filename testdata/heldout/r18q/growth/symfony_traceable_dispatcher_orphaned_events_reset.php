<?php
// Modelled on symfony/symfony https://github.com/symfony/symfony/pull/27913: TraceableEventDispatcher::reset() cleared $called but not $orphanedEvents, so every event dispatched without listeners piled up in a PHP-PM worker
declare(strict_types=1);

namespace Symfony\Component\EventDispatcher;

class Event
{
    private bool $propagationStopped = false;

    public function isPropagationStopped(): bool
    {
        return $this->propagationStopped;
    }
}

class EventDispatcher
{
    private array $listeners = [];

    public function dispatch(string $eventName, Event $event): Event
    {
        foreach ($this->getListeners($eventName) as $listener) {
            if ($event->isPropagationStopped()) {
                break;
            }
            $listener($event, $eventName, $this);
        }

        return $event;
    }

    public function getListeners(string $eventName): array
    {
        if (empty($this->listeners[$eventName])) {
            return [];
        }
        krsort($this->listeners[$eventName]);

        return array_merge(...$this->listeners[$eventName]);
    }

    public function getListenerPriority(string $eventName, $listener): ?int
    {
        foreach ($this->listeners[$eventName] ?? [] as $priority => $listeners) {
            if (in_array($listener, $listeners, true)) {
                return $priority;
            }
        }

        return null;
    }

    public function hasListeners(string $eventName): bool
    {
        return !empty($this->listeners[$eventName]);
    }

    public function addListener(string $eventName, $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener;
    }

    public function removeListener(string $eventName, $listener): void
    {
        foreach ($this->listeners[$eventName] ?? [] as $priority => $listeners) {
            if (false !== ($key = array_search($listener, $listeners, true))) {
                unset($this->listeners[$eventName][$priority][$key]);
                if (!$this->listeners[$eventName][$priority]) {
                    unset($this->listeners[$eventName][$priority]);
                }
            }
        }
    }
}

namespace Symfony\Component\EventDispatcher\Debug;

use Symfony\Component\EventDispatcher\Event;
use Symfony\Component\EventDispatcher\EventDispatcher;

final class WrappedListener
{
    private bool $called = false;

    public function __construct(private $listener)
    {
    }

    public function getWrappedListener()
    {
        return $this->listener;
    }

    public function wasCalled(): bool
    {
        return $this->called;
    }

    public function __invoke(Event $event, string $eventName, $dispatcher): void
    {
        $this->called = true;
        ($this->listener)($event, $eventName, $dispatcher);
    }
}

class TraceableEventDispatcher
{
    private $called;
    private $dispatcher;
    private $wrappedListeners;
    private $orphanedEvents;

    public function __construct(EventDispatcher $dispatcher)
    {
        $this->dispatcher = $dispatcher;
        $this->called = array();
        $this->wrappedListeners = array();
        $this->orphanedEvents = array();
    }

    public function addListener($eventName, $listener, $priority = 0)
    {
        $this->dispatcher->addListener($eventName, $listener, $priority);
    }

    public function dispatch($eventName, ?Event $event = null)
    {
        if (null === $event) {
            $event = new Event();
        }

        $this->preProcess($eventName);
        $this->dispatcher->dispatch($eventName, $event);
        $this->postProcess($eventName);

        return $event;
    }

    public function getOrphanedEvents(): array
    {
        return $this->orphanedEvents;
    }

    public function reset()
    {
        $this->called = array();
    }

    private function preProcess($eventName)
    {
        if (!$this->dispatcher->hasListeners($eventName)) {
            $this->orphanedEvents[] = $eventName; // leak

            return;
        }

        foreach ($this->dispatcher->getListeners($eventName) as $listener) {
            $priority = $this->dispatcher->getListenerPriority($eventName, $listener);
            $wrappedListener = new WrappedListener($listener);
            $this->wrappedListeners[$eventName][] = $wrappedListener;
            $this->dispatcher->removeListener($eventName, $listener);
            $this->dispatcher->addListener($eventName, $wrappedListener, $priority);
        }
    }

    private function postProcess($eventName)
    {
        unset($this->wrappedListeners[$eventName]);
        foreach ($this->dispatcher->getListeners($eventName) as $listener) {
            if (!$listener instanceof WrappedListener) { // #12845: a new listener was added during dispatch.
                continue;
            }
            // Unwrap listener
            $priority = $this->dispatcher->getListenerPriority($eventName, $listener);
            $this->dispatcher->removeListener($eventName, $listener);
            $this->dispatcher->addListener($eventName, $listener->getWrappedListener(), $priority);

            if ($listener->wasCalled()) {
                if (!isset($this->called[$eventName])) {
                    $this->called[$eventName] = new \SplObjectStorage();
                }

                $this->called[$eventName]->attach($listener);
            }
        }
    }
}

namespace App;

use Symfony\Component\EventDispatcher\Debug\TraceableEventDispatcher;
use Symfony\Component\EventDispatcher\Event;
use Symfony\Component\EventDispatcher\EventDispatcher;

/** Trimmed Symfony Workflow: each transition dispatches generic, per-workflow and per-transition/place events. */
final class Workflow
{
    public function __construct(private string $name, private TraceableEventDispatcher $dispatcher)
    {
    }

    public function apply(object $subject, string $from, string $transition, string $to): void
    {
        foreach (['guard' => $transition, 'leave' => $from, 'transition' => $transition, 'enter' => $to, 'entered' => $to, 'completed' => $transition, 'announce' => $transition] as $type => $detail) {
            $this->dispatcher->dispatch('workflow.' . $type);
            $this->dispatcher->dispatch(sprintf('workflow.%s.%s', $this->name, $type));
            $this->dispatcher->dispatch(sprintf('workflow.%s.%s.%s', $this->name, $type, $detail));
        }
        $subject->state = $to;
    }
}

// PHP-PM worker running the app in debug mode; the kernel resets "kernel.reset" services after every request.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$dispatcher = new TraceableEventDispatcher(new EventDispatcher());
$dispatcher->addListener('workflow.order_fulfilment.completed', static function (Event $event): void {
});
$workflow = new Workflow('order_fulfilment', $dispatcher);
for ($i = 0; $i < $n; $i++) {
    $order = new \stdClass();
    $order->state = 'paid';
    $workflow->apply($order, 'paid', 'ship_order_' . $i % 7, 'shipped');
    $dispatcher->dispatch('kernel.terminate');
    $dispatcher->reset();
}
