<?php

declare(strict_types=1);

namespace Monolog;

/**
 * Handler or processor that can be brought back to its initial state between jobs.
 */
interface ResettableInterface
{
    public function reset(): void;
}
