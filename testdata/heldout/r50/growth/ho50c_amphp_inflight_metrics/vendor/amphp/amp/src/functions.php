<?php

namespace Amp;

use Revolt\EventLoop;

/** Runs the loop until a signal arrives (here: until the loop has no work). */
function trapSignal(int|array $signals): int
{
    EventLoop::run();

    return 15;
}
