<?php

namespace App\Review;

use Closure;
use SplObjectStorage;

/** Process-wide hub: QA, notifications and open review sessions listen here. */
final class ReviewEventHub
{
    private SplObjectStorage $listeners;

    public function __construct()
    {
        $this->listeners = new SplObjectStorage();
    }

    public function subscribe(Closure $listener): void
    {
        $this->listeners->attach($listener); // leak
    }

    public function unsubscribe(Closure $listener): void
    {
        $this->listeners->detach($listener);
    }

    public function publish(object $event): void
    {
        foreach ($this->listeners as $listener) {
            $listener($event);
        }
    }
}
