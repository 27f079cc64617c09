<?php

namespace Symfony\Contracts\Service;

/**
 * Services that keep state between messages implement this so the
 * container resets them between two messages (kernel.reset tag).
 */
interface ResetInterface
{
    public function reset();
}
