<?php

namespace Symfony\Contracts\Service;

/**
 * Provides a way to reset an object to its initial state.
 *
 * Services tagged "kernel.reset" are reset between requests and between messages.
 */
interface ResetInterface
{
    public function reset();
}
