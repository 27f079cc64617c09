<?php

namespace Shop\Kernel;

use Acme\Events\Dispatcher;

/**
 * A module of the shop. The kernel runs register() and then boot() of
 * every module once, when the worker starts.
 */
abstract class Module
{
    public function register(Dispatcher $events): void
    {
    }

    public function boot(Dispatcher $events): void
    {
    }
}
