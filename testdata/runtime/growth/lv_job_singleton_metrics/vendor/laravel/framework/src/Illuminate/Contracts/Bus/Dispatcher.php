<?php

namespace Illuminate\Contracts\Bus;

interface Dispatcher
{
    public function dispatch($command);

    public function dispatchNow($command);
}
