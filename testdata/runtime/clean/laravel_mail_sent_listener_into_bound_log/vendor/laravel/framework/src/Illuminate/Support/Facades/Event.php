<?php
// Stand-in for the Event facade: the container's dispatcher.

namespace Illuminate\Support\Facades;

use Illuminate\Container\Container;

class Event
{
    public static function listen(string $event, string $listener): void
    {
        Container::getInstance()->make('events')->listen($event, $listener);
    }

    public static function dispatch(object $event): void
    {
        Container::getInstance()->make('events')->dispatch($event);
    }
}
