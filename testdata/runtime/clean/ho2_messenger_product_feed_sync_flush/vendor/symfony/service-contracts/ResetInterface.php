<?php

namespace Symfony\Contracts\Service;

/**
 * Provides a way to reset an object to its initial state.
 *
 * When calling the "reset()" method on an object, it should be put back to its
 * initial state, as if it was fresh out of the constructor.
 */
interface ResetInterface
{
    /**
     * @return void
     */
    public function reset();
}
